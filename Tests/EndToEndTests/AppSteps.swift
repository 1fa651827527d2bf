import Foundation

/// Steps through the app that several tests share. Each step waits for the
/// screen it leads to, so a failure names the step that went wrong.
extension Tmux {
    /// From the start screen to the checklist of the first role (the
    /// teacher): Enter on the role, Enter on the first activity.
    func openTeacherChecklist(_ checklist: ChecklistCatalogue, role: String) async throws {
        try await waitFor(text: role)
        try send("Enter")
        try await waitFor(text: "Signaal · " + role)
        try send("Enter")
        try await waitFor(text: "Signaal · " + checklist.title)
    }

    /// Moves the cursor down from the top of the list and checks the
    /// signals at `positions` (ascending) with Space.
    func check(positions: [Int]) throws {
        var keys: [String] = []
        var cursor = 0
        for position in positions {
            keys += Array(repeating: "j", count: position - cursor)
            keys.append("Space")
            cursor = position
        }
        try send(keys)
    }
}
