import SignaalCore

/// A contact of a referral step in `assess --format json`.
struct ContactJSON: Encodable {
    let id: String
    let name: String
    let phone: String
    let url: String
    let hours: String?
    let purpose: String

    init(_ contact: Contact, _ language: Language) {
        id = contact.id
        name = contact.name(language)
        phone = contact.phone
        url = contact.url
        hours = contact.hours?(language)
        purpose = contact.purpose(language)
    }
}
