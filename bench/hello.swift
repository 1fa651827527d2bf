// The reference for start-up: the smallest Swift program that imports
// Foundation and prints. bench/run builds it with swiftc -O.
import Foundation

print("Hello, world")
