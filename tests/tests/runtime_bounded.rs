//! Bounded responses against raw TCP servers: a body cap enforced while the body streams in,
//! error bodies cut to a prefix, and server text escaped in `Display`.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;
use wooshpay::{Client, Error, ERROR_BODY_LIMIT};
use wooshpay_tests::raw_http::{RawResponse, RawServer};

/// What an [`endless_server`] counted.
struct Endless {
    uri: String,
    /// Body bytes written.
    written: Arc<AtomicU64>,
    /// Requests read (one per attempt).
    requests: Arc<AtomicU64>,
}

/// A server answering every request with `head` and then an endless chunked body of `{"a":...`
/// (64 KiB chunks) until the client goes away; counts the requests and the body bytes it
/// managed to write.
async fn endless_server(head: &'static str) -> Endless {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let addr = listener.local_addr().expect("addr");
    let written = Arc::new(AtomicU64::new(0));
    let requests = Arc::new(AtomicU64::new(0));
    let (counter, request_counter) = (Arc::clone(&written), Arc::clone(&requests));
    tokio::spawn(async move {
        while let Ok((mut socket, _)) = listener.accept().await {
            let counter = Arc::clone(&counter);
            let request_counter = Arc::clone(&request_counter);
            tokio::spawn(async move {
                let mut request = Vec::new();
                let mut buf = [0u8; 4096];
                while !request.windows(4).any(|w| w == b"\r\n\r\n") {
                    match socket.read(&mut buf).await {
                        Ok(0) | Err(_) => return,
                        Ok(n) => request.extend_from_slice(&buf[..n]),
                    }
                }
                request_counter.fetch_add(1, Ordering::SeqCst);
                if socket.write_all(head.as_bytes()).await.is_err() {
                    return;
                }
                let mut chunk = format!("{:x}\r\n", 65536).into_bytes();
                chunk.extend(std::iter::repeat_n(b' ', 65536));
                chunk.extend_from_slice(b"\r\n");
                if socket.write_all(b"5\r\n{\"a\":\r\n").await.is_err() {
                    return;
                }
                loop {
                    if socket.write_all(&chunk).await.is_err() {
                        return;
                    }
                    counter.fetch_add(65536, Ordering::SeqCst);
                }
            });
        }
    });
    Endless {
        uri: format!("http://{addr}"),
        written,
        requests,
    }
}

#[tokio::test]
async fn an_endless_body_stops_at_the_cap() {
    let server = endless_server(
        "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\nrequest-id: req_endless\r\ntransfer-encoding: chunked\r\n\r\n",
    )
    .await;
    let client = Client::builder("sk_test_x")
        .base_url(&server.uri)
        .max_retries(2)
        .timeout(Duration::from_secs(20))
        .max_response_bytes(1024 * 1024)
        .build()
        .expect("client");
    let error = client
        .disputes()
        .retrieve("dp_1")
        .await
        .expect_err("too large");
    // Stopped at the cap (at the timeout the error would be `Timeout`).
    match &error {
        Error::ResponseTooLarge {
            status,
            limit,
            request_id,
        } => {
            assert_eq!((*status, *limit), (200, 1024 * 1024));
            assert_eq!(request_id.as_deref(), Some("req_endless"));
        }
        other => panic!("expected ResponseTooLarge, got {other:?}"),
    }
    assert!(error.to_string().contains("1048576 bytes"), "{error}");
    // Not retried (a GET may be, but a body too large would be as large again), and the
    // server could not push much past the cap (socket buffers aside).
    assert_eq!(server.requests.load(Ordering::SeqCst), 1, "attempts");
    tokio::time::sleep(Duration::from_millis(200)).await;
    let sent = server.written.load(Ordering::SeqCst);
    assert!(sent < 32 * 1024 * 1024, "the server wrote {sent} bytes");
}

#[tokio::test]
async fn a_declared_length_over_the_cap_fails_before_reading() {
    let server = RawServer::start(RawResponse::BytesThenStall(
        b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 999999999\r\n\r\n{\"id\":"
            .to_vec(),
        Duration::from_secs(30),
    ))
    .await;
    let client = Client::builder("sk_test_x")
        .base_url(server.uri())
        .max_retries(0)
        .build()
        .expect("client");
    let error = client
        .disputes()
        .retrieve("dp_1")
        .await
        .expect_err("too large");
    // Refused on the declared length: reading the body would have stalled into a `Timeout`.
    assert!(
        matches!(error, Error::ResponseTooLarge { limit, .. } if limit == wooshpay::DEFAULT_MAX_RESPONSE_BYTES),
        "{error:?}"
    );
    assert_eq!(server.requests().len(), 1, "attempts");
}

#[tokio::test]
async fn an_endless_error_body_keeps_a_marked_prefix() {
    let server = endless_server(
        "HTTP/1.1 400 Bad Request\r\ncontent-type: application/json\r\nx-request-id: req_400\r\ntransfer-encoding: chunked\r\n\r\n",
    )
    .await;
    let client = Client::builder("sk_test_x")
        .base_url(&server.uri)
        .max_retries(0)
        .timeout(Duration::from_secs(20))
        .build()
        .expect("client");
    let error = client.disputes().retrieve("dp_1").await.expect_err("400");
    // Read up to the prefix, not until the timeout (that would be `Error::Timeout`).
    let api = error.api_error().expect("an API error");
    assert_eq!(api.status, 400);
    assert!(api.body_truncated);
    assert_eq!(api.body.len(), ERROR_BODY_LIMIT);
    assert_eq!(api.request_id.as_deref(), Some("req_400"));
    assert!(format!("{error:?}").len() < 2 * ERROR_BODY_LIMIT);
    assert!(error.to_string().len() < 1024);
}

#[tokio::test]
async fn a_decode_error_keeps_a_marked_prefix() {
    let body = format!("{{\"id\":\"dp_1\",\"amount\":\"{}\"}}", "x".repeat(200_000));
    let server = RawServer::start(RawResponse::json(&body)).await;
    let client = Client::builder("sk_test_x")
        .base_url(server.uri())
        .max_retries(0)
        .build()
        .expect("client");
    let error = client
        .disputes()
        .retrieve("dp_1")
        .await
        .expect_err("bad amount");
    let Error::Decode(decode) = &error else {
        panic!("{error:?}")
    };
    assert!(decode.body_truncated);
    assert_eq!(decode.body.len(), ERROR_BODY_LIMIT);
    assert!(
        error.to_string().len() < 2048,
        "{}",
        error.to_string().len()
    );
}

#[tokio::test]
async fn server_text_cannot_forge_log_lines() {
    let body = r#"{"error":{"type":"api_error","message":"bad\r\n[INFO] payment captured \u001b[32mOK","code":"x\ny"}}"#;
    let server = RawServer::start(RawResponse::Bytes(
        format!(
            "HTTP/1.1 402 Payment Required\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
            body.len()
        )
        .into_bytes(),
    ))
    .await;
    let client = Client::builder("sk_test_x")
        .base_url(server.uri())
        .max_retries(0)
        .build()
        .expect("client");
    let error = client.disputes().retrieve("dp_1").await.expect_err("402");
    let shown = error.to_string();
    assert!(
        !shown.contains('\n') && !shown.contains('\r') && !shown.contains('\u{1b}'),
        "{shown:?}"
    );
    assert!(
        shown.contains(r"bad\r\n[INFO] payment captured \u{1b}[32mOK"),
        "{shown}"
    );
    let debugged = format!("{error:?}");
    assert!(
        !debugged.contains('\n') && !debugged.contains('\u{1b}'),
        "{debugged}"
    );
}

fn no_retry_client(uri: &str, timeout: Duration) -> Client {
    Client::builder("sk_test_x")
        .base_url(uri)
        .max_retries(0)
        .timeout(timeout)
        .build()
        .expect("client")
}

#[tokio::test]
async fn a_huge_request_id_and_message_do_not_flood_errors_or_logs() {
    // A 100 KB request ID and a 60 KB error message (the body is within the 64 KiB prefix).
    let id = format!("req_{}", "a".repeat(100_000));
    let body = format!(
        r#"{{"error":{{"type":"api_error","message":"{}"}}}}"#,
        "m".repeat(60_000)
    );
    let server = RawServer::start(RawResponse::Bytes(
        format!(
            "HTTP/1.1 400 Bad Request\r\ncontent-type: application/json\r\nrequest-id: {id}\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
            body.len()
        )
        .into_bytes(),
    ))
    .await;
    let client = no_retry_client(&server.uri(), Duration::from_secs(5));
    let error = client.disputes().retrieve("dp_1").await.expect_err("400");
    let request_id = error.request_id().expect("the ID, cut");
    assert!(request_id.starts_with("req_aaaa"), "{request_id}");
    assert!(
        request_id.ends_with("(cut)") && request_id.len() < 256,
        "{}",
        request_id.len()
    );
    let api = error.api_error().expect("an API error");
    assert_eq!(
        api.error
            .as_ref()
            .and_then(|e| e.message.as_ref())
            .map(String::len),
        Some(60_000),
        "the field keeps the message as received"
    );
    let shown = error.to_string();
    assert!(shown.len() < 4096, "Display shows {} bytes", shown.len());
    assert!(shown.contains("(cut)"), "{shown}");
}

#[tokio::test]
async fn too_many_or_too_large_headers_fail_fast_as_transport_errors() {
    let many: String = (0..10_000).map(|i| format!("x-h{i}: v\r\n")).collect();
    let large = format!("x-large: {}\r\n", "v".repeat(1024 * 1024));
    for headers in [many, large] {
        let server = RawServer::start(RawResponse::Bytes(
            format!(
                "HTTP/1.1 200 OK\r\n{headers}content-length: 2\r\nconnection: close\r\n\r\n{{}}"
            )
            .into_bytes(),
        ))
        .await;
        let client = no_retry_client(&server.uri(), Duration::from_secs(20));
        let started = std::time::Instant::now();
        let error = client
            .disputes()
            .retrieve("dp_1")
            .await
            .expect_err("refused");
        assert!(matches!(error, Error::Transport(_)), "{error:?}");
        assert!(error.to_string().len() < 1024);
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "{:?}",
            started.elapsed()
        );
    }
}

#[tokio::test]
async fn a_slow_drip_body_is_bounded_by_the_timeout_and_the_deadline() {
    // One byte of a chunked body every 20 ms, forever: each read makes progress, so only a
    // total bound (not an idle one) ends it.
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let uri = format!("http://{}", listener.local_addr().expect("addr"));
    tokio::spawn(async move {
        while let Ok((mut socket, _)) = listener.accept().await {
            tokio::spawn(async move {
                let mut buf = [0u8; 4096];
                let _ = socket.read(&mut buf).await;
                let head = "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n1\r\n{\r\n";
                if socket.write_all(head.as_bytes()).await.is_err() {
                    return;
                }
                loop {
                    tokio::time::sleep(Duration::from_millis(20)).await;
                    if socket.write_all(b"1\r\n \r\n").await.is_err() {
                        return;
                    }
                }
            });
        }
    });
    let started = std::time::Instant::now();
    let error = no_retry_client(&uri, Duration::from_millis(400))
        .disputes()
        .retrieve("dp_1")
        .await
        .expect_err("times out");
    assert!(matches!(error, Error::Timeout(_)), "{error:?}");
    assert!(
        started.elapsed() < Duration::from_secs(8),
        "{:?}",
        started.elapsed()
    );
    // A deadline shorter than the attempt timeout bounds it too, retries included.
    let client = Client::builder("sk_test_x")
        .base_url(&uri)
        .max_retries(5)
        .backoff(Duration::from_millis(1), Duration::from_millis(1))
        .timeout(Duration::from_secs(60))
        .deadline(Duration::from_millis(400))
        .build()
        .expect("client");
    let started = std::time::Instant::now();
    let error = client
        .disputes()
        .retrieve("dp_1")
        .await
        .expect_err("times out");
    assert!(matches!(error, Error::Timeout(_)), "{error:?}");
    assert!(
        started.elapsed() < Duration::from_secs(8),
        "{:?}",
        started.elapsed()
    );
}
