//! Unit tests of `client.rs` (the runtime crate only; not copied into generated crates).

#![allow(unused_imports)]

use crate::client::*;
use crate::encoding::{self, QueryStyle};
use crate::error::{body_prefix, ApiError, ApiErrorBody, DecodeError, Error, ERROR_BODY_LIMIT};
use crate::multipart::Multipart;
use serde::de::DeserializeOwned;
use serde::Serialize;
use std::fmt;
use std::future::{Future, IntoFuture};
use std::pin::Pin;
use std::sync::Arc;
use std::time::{Duration, Instant};

#[test]
fn backoff_grows_and_is_capped() {
    let d = backoff(Duration::from_millis(100), Duration::from_secs(1), 0);
    assert!(d >= Duration::from_millis(50) && d <= Duration::from_millis(100));
    let d = backoff(Duration::from_millis(100), Duration::from_secs(1), 10);
    assert!(d >= Duration::from_millis(500) && d <= Duration::from_secs(1));
}

#[test]
fn http_dates_parse() {
    let at = parse_http_date("Sun, 06 Nov 1994 08:49:37 GMT").unwrap();
    assert_eq!(
        at.duration_since(std::time::UNIX_EPOCH).unwrap().as_secs(),
        784_111_777
    );
    let at = parse_http_date("Thu, 29 Feb 2024 23:59:59 GMT").unwrap();
    assert_eq!(
        at.duration_since(std::time::UNIX_EPOCH).unwrap().as_secs(),
        1_709_251_199
    );
    assert!(parse_http_date("Sunday, 06-Nov-94 08:49:37 GMT").is_none());
    assert!(parse_http_date("Sun, 06 Nov 1994 08:49:37 CET").is_none());
    assert!(parse_http_date("soon").is_none());
}

#[test]
fn retry_after_reads_seconds_and_dates_and_caps_them() {
    let mut headers = reqwest::header::HeaderMap::new();
    let cap = Duration::from_secs(60);
    headers.insert("retry-after", "2".parse().unwrap());
    assert_eq!(retry_after(&headers, cap), Some(Duration::from_secs(2)));
    headers.insert("retry-after", "3600".parse().unwrap());
    assert_eq!(retry_after(&headers, cap), Some(cap));
    headers.insert(
        "retry-after",
        "Sun, 06 Nov 1994 08:49:37 GMT".parse().unwrap(),
    );
    assert_eq!(
        retry_after(&headers, cap),
        Some(Duration::ZERO),
        "a past date means now"
    );
    headers.insert("retry-after", "-1".parse().unwrap());
    assert_eq!(retry_after(&headers, cap), None);
}

#[tokio::test]
async fn a_request_that_cannot_be_built_is_not_retried() {
    let client = ClientBuilder::new(vec![], "http://127.0.0.1:9")
        .max_retries(3)
        .backoff(Duration::from_secs(5), Duration::from_secs(5))
        .build()
        .unwrap();
    let mut request = ApiRequest::new(reqwest::Method::GET, "/x".into());
    request.header("x-bad", "line\nbreak");
    let started = std::time::Instant::now();
    let error = Call::new(
        &client,
        Ok(request),
        &RequestOptions::default(),
        decode_empty,
    )
    .await
    .unwrap_err();
    assert!(matches!(error, Error::InvalidRequest(_)), "{error:?}");
    assert!(
        started.elapsed() < Duration::from_secs(1),
        "retried with backoff: {:?}",
        started.elapsed()
    );
}

/// A body that arrives in pieces (a declared length sent slowly, or chunked encoding) is
/// joined whole, in order: only a body that comes in one piece is kept without a copy.
#[tokio::test]
async fn a_body_arriving_in_pieces_is_joined_whole() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let numbers: Vec<u32> = (0..3000).collect();
    let body = serde_json::to_string(&numbers).unwrap();
    for chunked in [false, true] {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let body = body.clone();
        tokio::spawn(async move {
            let (mut socket, _) = listener.accept().await.unwrap();
            let mut buf = vec![0u8; 8192];
            let _ = socket.read(&mut buf).await;
            let framing = if chunked {
                "transfer-encoding: chunked".to_owned()
            } else {
                format!("content-length: {}", body.len())
            };
            let head = format!("HTTP/1.1 200 OK\r\n{framing}\r\nconnection: close\r\n\r\n");
            socket.write_all(head.as_bytes()).await.unwrap();
            for piece in body.as_bytes().chunks(1000) {
                if chunked {
                    let size = format!("{:x}\r\n", piece.len());
                    socket.write_all(size.as_bytes()).await.unwrap();
                }
                socket.write_all(piece).await.unwrap();
                if chunked {
                    socket.write_all(b"\r\n").await.unwrap();
                }
                socket.flush().await.unwrap();
                tokio::time::sleep(Duration::from_millis(5)).await;
            }
            if chunked {
                socket.write_all(b"0\r\n\r\n").await.unwrap();
            }
        });
        let client = ClientBuilder::new(vec![], &url).build().unwrap();
        let request = ApiRequest::new(reqwest::Method::GET, "/numbers".into());
        let decoded = Call::new(
            &client,
            Ok(request),
            &RequestOptions::default(),
            decode_json::<Vec<u32>>,
        )
        .await
        .unwrap_or_else(|e| panic!("chunked: {chunked}: {e}"));
        assert_eq!(decoded, numbers, "chunked: {chunked}");
    }
}

#[test]
fn base64_matches_rfc_4648() {
    for (input, expected) in [
        ("", ""),
        ("f", "Zg=="),
        ("fo", "Zm8="),
        ("foo", "Zm9v"),
        ("foob", "Zm9vYg=="),
        ("sk_test_x:", "c2tfdGVzdF94Og=="),
    ] {
        assert_eq!(base64(input.as_bytes()), expected);
    }
}

/// A span as recorded: the thread that created it, its name and its fields.
#[cfg(feature = "tracing")]
type RecordedSpan = (std::thread::ThreadId, String, Vec<(String, String)>);

/// Records every span (thread, name and fields). Installed once as the global subscriber:
/// a subscriber set per thread races with other test threads registering the same span
/// callsites while no subscriber wants them (tracing then caches "never" for them).
#[cfg(feature = "tracing")]
#[derive(Clone, Default)]
struct SpanRecorder(Arc<std::sync::Mutex<Vec<RecordedSpan>>>);

#[cfg(feature = "tracing")]
impl SpanRecorder {
    /// The process-wide recorder, installed as the global subscriber on first use.
    fn global() -> &'static SpanRecorder {
        static RECORDER: std::sync::OnceLock<SpanRecorder> = std::sync::OnceLock::new();
        RECORDER.get_or_init(|| {
            let recorder = SpanRecorder::default();
            tracing::subscriber::set_global_default(recorder.clone())
                .expect("no other global subscriber in these tests");
            recorder
        })
    }

    /// The spans created on the calling thread so far: (name, fields).
    fn of_this_thread(&self) -> Vec<(String, Vec<(String, String)>)> {
        let me = std::thread::current().id();
        self.0
            .lock()
            .unwrap()
            .iter()
            .filter(|(thread, _, _)| *thread == me)
            .map(|(_, name, fields)| (name.clone(), fields.clone()))
            .collect()
    }
}

#[cfg(feature = "tracing")]
struct FieldText<'a>(&'a mut Vec<(String, String)>);

#[cfg(feature = "tracing")]
impl tracing::field::Visit for FieldText<'_> {
    fn record_debug(&mut self, field: &tracing::field::Field, value: &dyn fmt::Debug) {
        self.0.push((field.name().to_owned(), format!("{value:?}")));
    }
}

#[cfg(feature = "tracing")]
impl tracing::Subscriber for SpanRecorder {
    fn enabled(&self, _: &tracing::Metadata<'_>) -> bool {
        true
    }
    fn new_span(&self, span: &tracing::span::Attributes<'_>) -> tracing::span::Id {
        let mut spans = self.0.lock().unwrap();
        let mut fields = Vec::new();
        span.record(&mut FieldText(&mut fields));
        spans.push((
            std::thread::current().id(),
            span.metadata().name().to_owned(),
            fields,
        ));
        tracing::span::Id::from_u64(spans.len() as u64)
    }
    fn record(&self, span: &tracing::span::Id, values: &tracing::span::Record<'_>) {
        let mut spans = self.0.lock().unwrap();
        if let Some((_, _, fields)) = spans.get_mut(span.into_u64() as usize - 1) {
            values.record(&mut FieldText(fields));
        }
    }
    fn record_follows_from(&self, _: &tracing::span::Id, _: &tracing::span::Id) {}
    fn event(&self, _: &tracing::Event<'_>) {}
    fn enter(&self, _: &tracing::span::Id) {}
    fn exit(&self, _: &tracing::span::Id) {}
}

#[cfg(feature = "tracing")]
#[tokio::test]
async fn calls_and_attempts_are_traced_without_secrets() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move {
        // A 503, then a 200 with a request id.
        for response in [
            "HTTP/1.1 503 Service Unavailable\r\ncontent-length: 0\r\nconnection: close\r\n\r\n",
            "HTTP/1.1 200 OK\r\nrequest-id: req_traced\r\ncontent-length: 2\r\nconnection: close\r\n\r\n{}",
        ] {
            let (mut socket, _) = listener.accept().await.unwrap();
            let mut buf = vec![0u8; 8192];
            let _ = socket.read(&mut buf).await;
            socket.write_all(response.as_bytes()).await.unwrap();
        }
    });
    let recorder = SpanRecorder::global();
    let client = ClientBuilder::new(vec![Credential::basic("sk_test_secret")], &url)
        .backoff(Duration::from_millis(1), Duration::from_millis(1))
        .build()
        .unwrap();
    let mut request = ApiRequest::new(reqwest::Method::GET, "/v1/things/t_1?x=sk".into());
    request.operation("things.retrieve", "/v1/things/{id}");
    Call::new(
        &client,
        Ok(request),
        &RequestOptions::default(),
        decode_empty,
    )
    .await
    .unwrap();
    // The test runtime is single-threaded: every span of this call is on this thread.
    let spans = recorder.of_this_thread();
    let text = format!("{spans:?}");
    assert!(!text.contains("sk_test_secret"), "{text}");
    let field = |span: &(String, Vec<(String, String)>), name: &str| {
        span.1
            .iter()
            .rev()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.clone())
    };
    let calls: Vec<_> = spans.iter().filter(|s| s.0 == "api_call").collect();
    assert_eq!(calls.len(), 1, "{text}");
    let call = calls[0];
    assert_eq!(
        field(call, "operation").as_deref(),
        Some("\"things.retrieve\"")
    );
    assert_eq!(field(call, "path").as_deref(), Some("\"/v1/things/{id}\""));
    assert_eq!(field(call, "method").as_deref(), Some("GET"));
    assert_eq!(field(call, "attempts").as_deref(), Some("2"));
    assert_eq!(field(call, "status").as_deref(), Some("200"));
    assert_eq!(field(call, "request_id").as_deref(), Some("req_traced"));
    assert!(field(call, "elapsed_ms").is_some());
    let attempts: Vec<_> = spans.iter().filter(|s| s.0 == "api_attempt").collect();
    assert_eq!(attempts.len(), 2, "{text}");
    assert_eq!(field(attempts[0], "status").as_deref(), Some("503"));
    assert_eq!(field(attempts[1], "attempt").as_deref(), Some("2"));
}

#[test]
fn raw_paths_stay_under_the_base_url() {
    for good in ["/v1/customers/cus_1", "/", "/v1/a.b/..c/%2F"] {
        assert!(check_raw_path(good).is_ok(), "{good}");
    }
    for bad in [
        "https://evil.example/v1/customers",
        "//evil.example/v1",
        "v1/customers",
        "",
        "/v1/customers?limit=3",
        "/v1/customers#x",
        "/\\evil.example",
        "/v1/../admin",
        "/v1/%2E%2e/admin",
        "/v1/./x",
    ] {
        let error = check_raw_path(bad).unwrap_err();
        assert!(matches!(error, Error::InvalidRequest(_)), "{bad}");
        assert!(
            bad.is_empty() || !error.to_string().contains(bad),
            "the path is not quoted: {error}"
        );
    }
}

#[test]
fn debug_shows_no_body_or_extra_values() {
    let mut request = ApiRequest::new(reqwest::Method::POST, "/v1/things".into());
    request
        .json_body(
            &serde_json::json!({"card": "4242424242424242"}),
            "application/json",
        )
        .unwrap();
    request
        .extra("secret_field".into(), &"sk_live_hidden")
        .unwrap();
    let shown = format!("{request:?}");
    assert!(
        !shown.contains("4242") && !shown.contains("sk_live_hidden"),
        "{shown}"
    );
    assert!(
        shown.contains("secret_field") && shown.contains("bytes of application/json"),
        "{shown}"
    );
    let merged = request.with_extras().unwrap();
    let shown = format!("{merged:?}");
    assert!(!shown.contains("sk_live_hidden"), "{shown}");
}

#[test]
fn extras_need_a_body_that_can_take_them() {
    let mut request = ApiRequest::new(reqwest::Method::POST, "/v1/things/t_1/close".into());
    request.operation("things.close", "/v1/things/{id}/close");
    request.extra("x".into(), &1).unwrap();
    let error = request.with_extras().unwrap_err().to_string();
    assert!(
        error.contains("`things.close` sends no request body") && error.contains("`x`"),
        "{error}"
    );
    let mut request = ApiRequest::new(reqwest::Method::POST, "/v1/files".into());
    request.raw_body(b"%PDF".to_vec(), "application/pdf");
    request.extra("x".into(), &1).unwrap();
    assert!(matches!(
        request.with_extras(),
        Err(Error::InvalidRequest(_))
    ));
    let mut request = ApiRequest::new(reqwest::Method::POST, "/v1/files".into());
    assert!(
        request.extra(String::new(), &1).is_err(),
        "a name is needed"
    );
    // No extras: the body is kept as it is.
    request
        .json_body(&serde_json::json!({"a": 1}), "application/json")
        .unwrap();
    let request = request.with_extras().unwrap();
    assert!(
        matches!(&request.body, Some(Body::Bytes(b, _, Encoded::Json)) if &b[..] == br#"{"a":1}"#)
    );
}

#[cfg(feature = "tracing")]
#[tokio::test]
async fn raw_calls_are_traced_with_their_path_and_without_query_or_body() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move {
        let (mut socket, _) = listener.accept().await.unwrap();
        let mut buf = vec![0u8; 8192];
        let _ = socket.read(&mut buf).await;
        let response = "HTTP/1.1 200 OK\r\ncontent-length: 2\r\nconnection: close\r\n\r\n{}";
        socket.write_all(response.as_bytes()).await.unwrap();
    });
    let recorder = SpanRecorder::global();
    let client = ClientBuilder::new(vec![Credential::basic("sk_test_secret")], &url)
        .build()
        .unwrap();
    client
        .raw(reqwest::Method::POST, "/v1/customers/cus_1")
        .query(&[("email", "query_secret")])
        .json(&serde_json::json!({"name": "body_secret"}))
        .extra("extra_field", "extra_secret")
        .await
        .unwrap();
    let spans = recorder.of_this_thread();
    let text = format!("{spans:?}");
    for secret in [
        "sk_test_secret",
        "query_secret",
        "body_secret",
        "extra_secret",
    ] {
        assert!(!text.contains(secret), "{secret}: {text}");
    }
    let call = spans
        .iter()
        .find(|s| s.0 == "api_call")
        .expect("an api_call span");
    let field = |name: &str| {
        call.1
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    };
    assert_eq!(field("operation"), Some("\"Client::raw\""));
    assert_eq!(field("path"), Some("\"/v1/customers/cus_1\""));
    assert_eq!(field("method"), Some("POST"));
}

#[test]
fn secrets_are_redacted() {
    let c = Credential::basic("sk_test_secret");
    assert!(!format!("{c:?}").contains("sk_test_secret"));
}
