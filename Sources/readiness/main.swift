import Foundation

exit(ReadinessCommand.main(Array(CommandLine.arguments.dropFirst())))
