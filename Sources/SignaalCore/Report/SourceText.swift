/// "Title, Publisher (2025), url"
public enum SourceText {
    public static func line(_ source: Source) -> String {
        var text = source.title + ", " + source.publisher
        if let year = source.year { text += " (\(year))" }
        if !source.url.isEmpty { text += ", " + source.url }
        return text
    }
}
