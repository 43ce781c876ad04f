import Foundation

#if canImport(Glibc)
    import Glibc
#endif

// glibc's setns(2) (a GNU extension Swift's Glibc module leaves out)
@_silgen_name("setns")
private func setNamespace(_ fd: Int32, _ type: Int32) -> Int32
private let cloneNewNet: Int32 = 0x4000_0000

/// The lab's two small network programs: ssh's ProxyCommand (a TCP connection made from the
/// control namespace, handed to ssh with ProxyUseFdpass) and the Internet's HTTP server.
public enum LabSockets {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    static func ipv4(_ host: String, _ port: Int) throws(Failure) -> sockaddr_in {
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_port = in_port_t(UInt16(truncatingIfNeeded: port).bigEndian)
        guard inet_pton(AF_INET, host, &addr.sin_addr) == 1 else { throw Failure(description: "not an IPv4 address: \(host)") }
        return addr
    }

    /// `lab connect HOST PORT`: enters the control namespace, connects, passes the socket to
    /// ssh on standard output (SCM_RIGHTS), as `ProxyUseFdpass=yes` expects.
    public static func connect(namespace: String, host: String, port: Int) throws(Failure) {
        let nsfd = open("/run/netns/\(namespace)", O_RDONLY)
        guard nsfd >= 0, setNamespace(nsfd, cloneNewNet) == 0 else {
            throw Failure(description: "cannot enter the lab's namespace \(namespace)")
        }
        close(nsfd)
        var addr = try ipv4(host, port)
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Failure(description: "socket: \(String(cString: strerror(errno)))") }
        let rc = withUnsafePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard rc == 0 else { throw Failure(description: "connect to \(host) port \(port): \(String(cString: strerror(errno)))") }
        // one byte of data and the descriptor in a control message
        let cmsgLen = MemoryLayout<cmsghdr>.size + MemoryLayout<Int32>.size
        let space = (MemoryLayout<cmsghdr>.size + MemoryLayout<Int32>.size + 7) & ~7
        let control = UnsafeMutableRawPointer.allocate(byteCount: space, alignment: 8)
        defer { control.deallocate() }
        memset(control, 0, space)
        let header = control.assumingMemoryBound(to: cmsghdr.self)
        header.pointee.cmsg_len = cmsgLen
        header.pointee.cmsg_level = SOL_SOCKET
        header.pointee.cmsg_type = Int32(SCM_RIGHTS)
        control.advanced(by: MemoryLayout<cmsghdr>.size).storeBytes(of: fd, as: Int32.self)
        var byte: UInt8 = 0
        let sent = withUnsafeMutablePointer(to: &byte) { bytePtr -> Int in
            var iov = iovec(iov_base: UnsafeMutableRawPointer(bytePtr), iov_len: 1)
            return withUnsafeMutablePointer(to: &iov) { iovPtr -> Int in
                var msg = msghdr()
                msg.msg_iov = iovPtr
                msg.msg_iovlen = 1
                msg.msg_control = control
                msg.msg_controllen = space
                return sendmsg(1, &msg, 0)
            }
        }
        guard sent == 1 else { throw Failure(description: "cannot pass the connection to ssh: \(String(cString: strerror(errno)))") }
    }

    /// `lab http-echo ADDRESS PORT`: answers every request with the client's address.
    public static func httpEcho(address: String, port: Int) throws(Failure) -> Never {
        var addr = try ipv4(address, port)
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var one: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size))
        let bound = withUnsafePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, 64) == 0 else { throw Failure(description: "cannot listen on \(address):\(port)") }
        signal(SIGPIPE, SIG_IGN)
        while true {
            var peer = sockaddr_in()
            var len = socklen_t(MemoryLayout<sockaddr_in>.size)
            let c = withUnsafeMutablePointer(to: &peer) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { accept(fd, $0, &len) }
            }
            if c < 0 { continue }
            var buffer = [UInt8](repeating: 0, count: 4096)
            _ = read(c, &buffer, buffer.count)
            var text = [CChar](repeating: 0, count: Int(INET_ADDRSTRLEN))
            inet_ntop(AF_INET, &peer.sin_addr, &text, socklen_t(INET_ADDRSTRLEN))
            let body = String(cString: text) + "\n"
            let response = "HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\nContent-Length: \(body.utf8.count)\r\n\r\n\(body)"
            _ = response.withCString { write(c, $0, strlen($0)) }
            close(c)
        }
    }
}
