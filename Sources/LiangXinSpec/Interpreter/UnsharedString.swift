extension String {
    /// A copy with storage of its own. Validators made for several threads copy the spec's
    /// strings: a string shared between threads has its reference count bounced between the
    /// cores on every use (`validate --jobs 2` lost a third of its speed to it).
    var unshared: String { String(decoding: Array(utf8), as: UTF8.self) }
}
