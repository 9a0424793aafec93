//! Client overhead: requests per second through the generated client's `retrieve` against a
//! keep-alive HTTP/1.1 server on 127.0.0.1, versus a hand-written reqwest + serde call of the
//! same request decoding into the same type. Run by `cargo xtask bench` in release mode:
//!
//! ```sh
//! cargo run --release -p wooshpay-tests --example client_overhead -- [requests per round] [rounds]
//! ```
//!
//! Prints one line per round and a final `RESULT generated=<rps> handwritten=<rps> ratio=<r>`
//! line with the medians.

use std::time::Instant;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

/// The dispute the server answers with: the spec's example of `GET /v1/disputes/{id}`.
fn dispute_json() -> String {
    let doc: serde_json::Value =
        serde_json::from_str(include_str!("../../generated-client/openapi.json"))
            .expect("openapi.json");
    let example = &doc["paths"]["/v1/disputes/{id}"]["get"]["responses"]["200"]["content"]
        ["application/json"]["example"];
    assert!(
        example.is_object(),
        "the retrieve example is missing from openapi.json"
    );
    serde_json::to_string(example).unwrap()
}

/// Answers every request on every connection with `body`, keeping connections open.
async fn serve(listener: TcpListener, body: String) {
    let response = format!(
        "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nrequest-id: req_bench\r\n\r\n{}",
        body.len(),
        body
    );
    loop {
        let Ok((mut stream, _)) = listener.accept().await else {
            continue;
        };
        let response = response.clone();
        tokio::spawn(async move {
            let _ = stream.set_nodelay(true);
            let mut buf = Vec::with_capacity(8192);
            let mut chunk = [0u8; 8192];
            loop {
                // One request: headers up to the blank line, then Content-Length bytes of body.
                let head_end = loop {
                    if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
                        break i + 4;
                    }
                    match stream.read(&mut chunk).await {
                        Ok(0) | Err(_) => return,
                        Ok(n) => buf.extend_from_slice(&chunk[..n]),
                    }
                };
                let head = String::from_utf8_lossy(&buf[..head_end]).to_ascii_lowercase();
                let length: usize = head
                    .lines()
                    .find_map(|l| l.strip_prefix("content-length:"))
                    .and_then(|v| v.trim().parse().ok())
                    .unwrap_or(0);
                while buf.len() < head_end + length {
                    match stream.read(&mut chunk).await {
                        Ok(0) | Err(_) => return,
                        Ok(n) => buf.extend_from_slice(&chunk[..n]),
                    }
                }
                buf.drain(..head_end + length);
                if stream.write_all(response.as_bytes()).await.is_err() {
                    return;
                }
            }
        });
    }
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(|a, b| a.total_cmp(b));
    values[values.len() / 2]
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut args = std::env::args().skip(1);
    let requests: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(5_000);
    let rounds: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(5);
    // `generated` or `handwritten` runs that side alone (for instruction counts under
    // `valgrind --tool=callgrind`); `handwritten-same-headers` runs the hand-written side alone
    // sending every header the generated client sends (its User-Agent, the spec's Content-Type),
    // to tell the cost of the extra headers from the client's own; anything else runs both.
    let only = args.next().unwrap_or_default();
    let same_headers = only == "handwritten-same-headers";
    let only = if same_headers {
        "handwritten".to_owned()
    } else {
        only
    };

    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(serve(listener, dispute_json()));

    let generated = wooshpay::Client::builder("sk_test_bench")
        .base_url(&base)
        .max_retries(0)
        .build()
        .unwrap();
    let http = reqwest::Client::new();
    let url = format!("{base}/v1/disputes/dp_bench");

    // The same request both ways: GET, bearer key, JSON accepted, decoded into `Dispute`.
    let user_agent = generated.user_agent().to_owned();
    let handwritten = || async {
        let mut request = http
            .get(&url)
            .header("Authorization", "Bearer sk_test_bench")
            .header("Accept", "application/json");
        if same_headers {
            request = request
                .header("User-Agent", &user_agent)
                .header("Content-Type", "application/json");
        }
        let response = request.send().await.unwrap().error_for_status().unwrap();
        let bytes = response.bytes().await.unwrap();
        serde_json::from_slice::<wooshpay::Dispute>(&bytes).unwrap()
    };

    // Warm up both (connections, allocator).
    for _ in 0..200 {
        generated.disputes().retrieve("dp_bench").await.unwrap();
        handwritten().await;
    }

    let (mut gen_rps, mut hand_rps) = (Vec::new(), Vec::new());
    for round in 0..rounds {
        // Alternate the order so neither side always runs on a warmer machine.
        for side in if round % 2 == 0 { [0, 1] } else { [1, 0] } {
            if (only == "generated" && side == 1) || (only == "handwritten" && side == 0) {
                // Not measured: shows as 0 req/s.
                if side == 0 {
                    gen_rps.push(0.0)
                } else {
                    hand_rps.push(0.0)
                }
                continue;
            }
            let started = Instant::now();
            for _ in 0..requests {
                if side == 0 {
                    let d = generated.disputes().retrieve("dp_bench").await.unwrap();
                    std::hint::black_box(d);
                } else {
                    std::hint::black_box(handwritten().await);
                }
            }
            let rps = requests as f64 / started.elapsed().as_secs_f64();
            if side == 0 {
                gen_rps.push(rps)
            } else {
                hand_rps.push(rps)
            }
        }
        println!(
            "round {}: generated {:.0} req/s, handwritten {:.0} req/s",
            round + 1,
            gen_rps[round],
            hand_rps[round]
        );
    }
    let (g, h) = (median(gen_rps), median(hand_rps));
    println!(
        "RESULT generated={g:.0} handwritten={h:.0} ratio={:.3}",
        g / h
    );
}
