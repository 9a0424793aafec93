//! Peak memory of a call whose server sends an endless `200` body: the client stops at its
//! response cap instead of buffering until the timeout. Run by `cargo xtask bench`:
//!
//! ```sh
//! cargo run --release -p wooshpay-tests --example endless_body -- [cap in MiB, default 16]
//! ```
//!
//! Prints `RESULT cap_mib=<cap> peak_rss_mib=<peak> elapsed_ms=<ms> error=<kind>`; the peak is
//! the process's `VmHWM` (server and client together).

use std::time::{Duration, Instant};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

fn peak_rss_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        })
        .unwrap_or(0)
}

#[tokio::main]
async fn main() {
    let cap_mib: u64 = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(16);
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let addr = listener.local_addr().expect("addr");
    tokio::spawn(async move {
        while let Ok((mut socket, _)) = listener.accept().await {
            tokio::spawn(async move {
                let mut buf = [0u8; 4096];
                let mut seen = Vec::new();
                while !seen.windows(4).any(|w| w == b"\r\n\r\n") {
                    match socket.read(&mut buf).await {
                        Ok(0) | Err(_) => return,
                        Ok(n) => seen.extend_from_slice(&buf[..n]),
                    }
                }
                let head = b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n5\r\n{\"a\":\r\n";
                if socket.write_all(head).await.is_err() {
                    return;
                }
                let mut chunk = format!("{:x}\r\n", 65536).into_bytes();
                chunk.extend(std::iter::repeat_n(b' ', 65536));
                chunk.extend_from_slice(b"\r\n");
                while socket.write_all(&chunk).await.is_ok() {}
            });
        }
    });
    let client = wooshpay::Client::builder("sk_test_x")
        .base_url(format!("http://{addr}"))
        .timeout(Duration::from_secs(20))
        .max_response_bytes(cap_mib * 1024 * 1024)
        .build()
        .expect("client");
    let before = peak_rss_kib();
    let started = Instant::now();
    let result = client.disputes().retrieve("dp_1").await;
    let elapsed = started.elapsed();
    let kind = match &result {
        Err(wooshpay::Error::ResponseTooLarge { .. }) => "ResponseTooLarge",
        Err(_) => "other",
        Ok(_) => "none",
    };
    println!(
        "RESULT cap_mib={cap_mib} peak_rss_mib={:.1} before_mib={:.1} elapsed_ms={} error={kind}",
        peak_rss_kib() as f64 / 1024.0,
        before as f64 / 1024.0,
        elapsed.as_millis()
    );
}
