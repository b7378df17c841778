import CSVInput
import Dispatch
import Foundation

/// Ctrl-C and SIGTERM: remove the temporary files being written, then exit 130 / 143. The input
/// is only ever read and the final outputs appear only by rename, so nothing else needs undoing.
enum Interrupts {
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []

    static func install() {
        for (signalNumber, status) in [(SIGINT, Int32(130)), (SIGTERM, Int32(143))] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler {
                TemporaryFiles.removeAll()
                Console.error("Đã dừng: không ghi tệp kết quả nào dở dang.")
                exit(status)
            }
            source.resume()
            sources.append(source)
        }
    }
}
