// The floor of start-up while signaal links FoundationNetworking (for the
// LRS's URLSession): a hello-world that imports Foundation and
// FoundationNetworking, which loads libcurl and its ~30 libraries at start.
// bench/run builds it with swiftc -O and shows it next to the hello-world.
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

// Never true: it only makes the program use (and so link) URLSession.
if CommandLine.arguments.count > 99 { _ = URLSession.shared }
print("Hello, world")
