//! Client overhead: requests per second through the generated client's `retrieve` against a
//! keep-alive HTTP/1.1 server on 127.0.0.1 (in this process, on the same thread), versus
//! hand-written reqwest + serde calls decoding into the same type. Run by `cargo xtask bench` in
//! release mode:
//!
//! ```sh
//! cargo run --release -p wooshpay-tests --example client_overhead -- [requests per round] [rounds] [side]
//! ```
//!
//! Three sides, measured in the same rounds:
//!
//! - `generated`: `client.disputes().retrieve("dp_bench")`.
//! - `handwritten`: what a hand-written client has to do to keep the same contract, and no more:
//!   the same request on the wire (the generated client's `User-Agent`, the key as HTTP Basic
//!   credentials as the spec defines them, and the
//!   `Accept` and `Content-Type` headers the spec declares for this operation), a total timeout
//!   per attempt (80 s, the generated client's default, set on the `reqwest::Client` as the
//!   generated client does), redirects not followed, the body bounded (a declared length over
//!   16 MiB refused, an undeclared one read chunk by chunk against the cap), and `serde_json`
//!   into `wooshpay::Dispute` (whose `Deserialize` reads objects only, so plain `serde_json` is
//!   already strict).
//! - `bare`: the smallest call that gets the same `Dispute`: `reqwest::Client::new()` (no
//!   timeout: a silent server hangs it forever), the credentials and `Accept` only, the body read
//!   whole whatever its size. It is reported next to the others, not used for `ratio`.
//!
//! Why `ratio` is taken against `handwritten` rather than `bare`: the server runs in this process
//! on the same thread, so its work counts in the wall time, and it parses every request header
//! byte by byte. The 67 bytes the generated client sends on top of `bare` (`User-Agent`,
//! `Content-Type`) cost about 4,100 instructions per request (callgrind, measured alone: the bare
//! call 102,075, the same call with those headers 106,210), most of them in this server and in
//! hyper's header handling, not in the client; the per-attempt timeout costs `reqwest` a timer
//! per request (about 1,200 instructions). Neither is overhead of the generated code: they are
//! the request the spec describes and the bounds the runtime promises.
//!
//! Every round runs `requests` calls of each side, alternating the sides every 50 calls (the
//! order rotating) so that a machine whose load changes during the round slows all sides alike.
//! Prints one line per round and a final
//! `RESULT generated=<rps> handwritten=<rps> ratio=<r> bare=<rps> bare_ratio=<r>` line with the
//! medians. A `side` argument (`generated`, `handwritten`, `bare`) runs that side alone (for
//! instruction counts under `valgrind --tool=callgrind`); the others then show 0 req/s.

use std::time::{Duration, Instant};

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

/// The largest body the hand-written side accepts: the generated client's default.
const MAX_BODY: u64 = wooshpay::DEFAULT_MAX_RESPONSE_BYTES;

/// The credential as the spec defines it (HTTP Basic, the key as user name), as the generated
/// client sends it: `base64("sk_test_bench:")`.
const AUTHORIZATION: &str = "Basic c2tfdGVzdF9iZW5jaDo=";

/// Calls per side before switching to the next side.
const CHUNK: usize = 50;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut args = std::env::args().skip(1);
    let requests: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(5_000);
    let rounds: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(5);
    let sides: Vec<usize> = match args.next().unwrap_or_default().as_str() {
        "generated" => vec![GENERATED],
        // `handwritten-same-headers` was the name of this side before it became the baseline.
        "handwritten" | "handwritten-same-headers" => vec![HANDWRITTEN],
        "bare" | "handwritten-bare" => vec![BARE],
        _ => vec![GENERATED, HANDWRITTEN, BARE],
    };

    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(serve(listener, dispute_json()));

    let generated = wooshpay::Client::builder("sk_test_bench")
        .base_url(&base)
        .max_retries(0)
        .build()
        .unwrap();
    let url = format!("{base}/v1/disputes/dp_bench");

    // The hand-written client keeping the generated client's contract (see the module docs).
    let user_agent = generated.user_agent().to_owned();
    let bounded_http = reqwest::Client::builder()
        .timeout(Duration::from_secs(80))
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let handwritten = || async {
        let response = bounded_http
            .get(&url)
            .header("User-Agent", &user_agent)
            .header("Authorization", AUTHORIZATION)
            .header("Accept", "application/json")
            .header("Content-Type", "application/json")
            .send()
            .await
            .unwrap()
            .error_for_status()
            .unwrap();
        let dispute: serde_json::Result<wooshpay::Dispute> = match response.content_length() {
            Some(n) if n > MAX_BODY => panic!("body of {n} bytes over the limit"),
            Some(_) => serde_json::from_slice(&response.bytes().await.unwrap()),
            None => {
                let mut response = response;
                let mut body = Vec::new();
                while let Some(chunk) = response.chunk().await.unwrap() {
                    let length = body.len() as u64 + chunk.len() as u64;
                    assert!(length <= MAX_BODY, "body over the limit");
                    body.extend_from_slice(&chunk);
                }
                serde_json::from_slice(&body)
            }
        };
        dispute.unwrap()
    };

    // The smallest call that gets the same `Dispute` (see the module docs).
    let bare_http = reqwest::Client::new();
    let bare = || async {
        let response = bare_http
            .get(&url)
            .header("Authorization", AUTHORIZATION)
            .header("Accept", "application/json")
            .send()
            .await
            .unwrap()
            .error_for_status()
            .unwrap();
        let bytes = response.bytes().await.unwrap();
        serde_json::from_slice::<wooshpay::Dispute>(&bytes).unwrap()
    };

    // Warm up every side (connections, allocator).
    for _ in 0..200 {
        generated.disputes().retrieve("dp_bench").await.unwrap();
        handwritten().await;
        bare().await;
    }

    let mut rps: [Vec<f64>; 3] = Default::default();
    for round in 0..rounds {
        let mut spent = [Duration::ZERO; 3];
        for chunk in 0..requests.div_ceil(CHUNK) {
            let calls = CHUNK.min(requests - chunk * CHUNK);
            let mut order = sides.clone();
            order.rotate_left((chunk + round) % sides.len());
            for &side in &order {
                let started = Instant::now();
                for _ in 0..calls {
                    match side {
                        GENERATED => {
                            let d = generated.disputes().retrieve("dp_bench").await.unwrap();
                            std::hint::black_box(d);
                        }
                        HANDWRITTEN => {
                            std::hint::black_box(handwritten().await);
                        }
                        _ => {
                            std::hint::black_box(bare().await);
                        }
                    }
                }
                spent[side] += started.elapsed();
            }
        }
        for (side, spent) in spent.iter().enumerate() {
            // A side not measured shows as 0 req/s.
            rps[side].push(if spent.is_zero() {
                0.0
            } else {
                requests as f64 / spent.as_secs_f64()
            });
        }
        println!(
            "round {}: generated {:.0} req/s, handwritten {:.0} req/s, bare {:.0} req/s",
            round + 1,
            rps[GENERATED][round],
            rps[HANDWRITTEN][round],
            rps[BARE][round]
        );
    }
    let [g, h, b] = rps.map(median);
    println!(
        "RESULT generated={g:.0} handwritten={h:.0} ratio={:.3} bare={b:.0} bare_ratio={:.3}",
        g / h,
        g / b
    );
}

const GENERATED: usize = 0;
const HANDWRITTEN: usize = 1;
const BARE: usize = 2;
