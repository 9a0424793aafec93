//! Behaviour of the generated client's runtime over real HTTP on 127.0.0.1: authentication,
//! secrecy of the key, path encoding, idempotency keys and retries, `Retry-After`, timeouts,
//! error and decode errors, unknown enum values, pagination and the user agent.
//!
//! Most tests use wiremock; the path-encoding tests use a raw TCP server, since wiremock
//! normalizes request paths.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use futures_util::{StreamExt, TryStreamExt};
use serde_json::{json, Value};
use wiremock::matchers::{header, method, path};
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};
use wooshpay::{
    Client, ClientBuilder, DisputeStatus, Error, ListDisputes, RequestOptions, UpdateDispute,
};
use wooshpay_tests::raw_http::{RawResponse, RawServer};

const KEY: &str = "sk_test_x";
/// `base64("sk_test_x:")`: the key as user name, an empty password.
const BASIC: &str = "Basic c2tfdGVzdF94Og==";

fn builder(server: &str) -> ClientBuilder {
    Client::builder(KEY)
        .base_url(server)
        .backoff(Duration::from_millis(1), Duration::from_millis(5))
}

fn client(server: &str) -> Client {
    builder(server).build().expect("client builds")
}

fn dispute(id: &str) -> Value {
    json!({
        "id": id,
        "object": "dispute",
        "created": 1671261323,
        "amount": 1000,
        "currency": "eur",
        "status": "needs_response",
        "metadata": {"order": "1"},
        "evidence_details": {"due_by": 1671321599, "has_evidence": false, "past_due": false, "submission_count": 0}
    })
}

fn ok_dispute() -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_json(dispute("dp_1"))
}

/// Answers with `responses` in turn (the last one repeated) and records when each request
/// arrived.
struct Sequence {
    responses: Vec<ResponseTemplate>,
    arrivals: Arc<Mutex<Vec<Instant>>>,
    next: AtomicUsize,
}

impl Sequence {
    fn new(responses: Vec<ResponseTemplate>) -> (Sequence, Arc<Mutex<Vec<Instant>>>) {
        let arrivals = Arc::new(Mutex::new(Vec::new()));
        (
            Sequence {
                responses,
                arrivals: Arc::clone(&arrivals),
                next: AtomicUsize::new(0),
            },
            arrivals,
        )
    }
}

impl Respond for Sequence {
    fn respond(&self, _: &Request) -> ResponseTemplate {
        self.arrivals.lock().unwrap().push(Instant::now());
        let i = self
            .next
            .fetch_add(1, Ordering::SeqCst)
            .min(self.responses.len() - 1);
        self.responses[i].clone()
    }
}

fn header_of<'r>(request: &'r Request, name: &str) -> Option<&'r str> {
    request.headers.get(name).and_then(|v| v.to_str().ok())
}

// ---------------------------------------------------------------- authentication, secrecy

#[tokio::test]
async fn every_request_carries_basic_auth_with_the_key_as_user_name() {
    let server = MockServer::start().await;
    Mock::given(header("authorization", BASIC))
        .respond_with(ok_dispute())
        .expect(3)
        .mount(&server)
        .await;
    let client = client(&server.uri());
    client.disputes().retrieve("dp_1").await.expect("retrieve");
    client
        .disputes()
        .close("dp_1")
        .await
        .expect("close (POST without a body)");
    client
        .disputes()
        .update("dp_1", &UpdateDispute::default())
        .await
        .expect("update");
    server.verify().await;
}

#[tokio::test]
async fn the_key_never_shows_in_debug_display_or_errors() {
    const SECRET: &str = "sk_live_51Hsuper_secret_value";
    let server = MockServer::start().await;
    Mock::given(path("/v1/disputes/dp_401"))
        .respond_with(
            ResponseTemplate::new(401).set_body_json(json!({"error": {"type": "invalid_request_error", "message": "Invalid API Key provided"}})),
        )
        .mount(&server)
        .await;
    Mock::given(path("/v1/disputes/dp_bad"))
        .respond_with(ResponseTemplate::new(200).set_body_string("{\"amount\": \"x\"}"))
        .mount(&server)
        .await;
    Mock::given(path("/v1/disputes/dp_slow"))
        .respond_with(ok_dispute().set_delay(Duration::from_secs(5)))
        .mount(&server)
        .await;

    let builder = Client::builder(SECRET)
        .base_url(server.uri())
        .max_retries(0)
        .timeout(Duration::from_millis(200));
    let client = builder.clone().build().unwrap();
    let mut shown = vec![
        format!("{builder:?}"),
        format!("{client:?}"),
        format!("{:?}", client.disputes()),
    ];
    for id in ["dp_401", "dp_bad", "dp_slow"] {
        let error = client.disputes().retrieve(id).await.expect_err(id);
        shown.push(format!("{error}"));
        shown.push(format!("{error:?}"));
        shown.push(format!("{:?}", std::error::Error::source(&error)));
    }
    // A transport error: nothing listens on this port any more.
    let closed = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap();
    let unreachable = Client::builder(SECRET)
        .base_url(format!("http://{closed}"))
        .max_retries(0)
        .build()
        .unwrap();
    let error = unreachable
        .disputes()
        .retrieve("dp_1")
        .await
        .expect_err("connection refused");
    assert!(matches!(error, Error::Transport(_)), "{error:?}");
    shown.push(format!("{error}"));
    shown.push(format!("{error:?}"));

    // The key did go out, base64-encoded in the Authorization header; neither form may show.
    let requests = server.received_requests().await.unwrap();
    let authorization = header_of(&requests[0], "authorization")
        .expect("an Authorization header")
        .to_owned();
    let encoded = authorization
        .strip_prefix("Basic ")
        .expect("Basic auth")
        .to_owned();
    for text in &shown {
        assert!(!text.contains(SECRET), "the key leaks in: {text}");
        assert!(!text.contains(&encoded), "the encoded key leaks in: {text}");
    }
    assert!(
        shown[0].contains("redacted"),
        "the builder's Debug says the key is redacted: {}",
        shown[0]
    );
}

// ---------------------------------------------------------------- paths

#[tokio::test]
async fn an_id_is_exactly_one_encoded_path_segment() {
    let server = RawServer::start(RawResponse::json(&dispute("dp_1").to_string())).await;
    let client = client(&server.uri());
    let hostile = "dp_1/../../v1/payouts?x=1#y";
    client.disputes().retrieve(hostile).await.expect("retrieve");
    client
        .disputes()
        .update(
            hostile,
            &UpdateDispute {
                submit: Some(false),
                ..Default::default()
            },
        )
        .await
        .expect("update");
    client.disputes().close(hostile).await.expect("close");
    client
        .disputes()
        .retrieve("dp_ü %")
        .await
        .expect("retrieve a non-ASCII id");
    let lines: Vec<String> = server
        .requests()
        .iter()
        .map(|r| r.request_line.clone())
        .collect();
    assert_eq!(
        lines,
        [
            "GET /v1/disputes/dp_1%2F..%2F..%2Fv1%2Fpayouts%3Fx%3D1%23y HTTP/1.1",
            "POST /v1/disputes/dp_1%2F..%2F..%2Fv1%2Fpayouts%3Fx%3D1%23y HTTP/1.1",
            "POST /v1/disputes/dp_1%2F..%2F..%2Fv1%2Fpayouts%3Fx%3D1%23y/close HTTP/1.1",
            "GET /v1/disputes/dp_%C3%BC%20%25 HTTP/1.1",
        ]
    );
}

#[tokio::test]
async fn ids_that_would_move_in_the_path_are_refused_before_sending() {
    let server = RawServer::start(RawResponse::json(&dispute("dp_1").to_string())).await;
    let client = client(&server.uri());
    for id in ["", ".", ".."] {
        let error = client.disputes().retrieve(id).await.expect_err("refused");
        assert!(
            matches!(error, Error::InvalidRequest(_)),
            "`{id}`: {error:?}"
        );
    }
    assert!(
        server.requests().is_empty(),
        "nothing may be sent: {:?}",
        server.requests()
    );
}

#[tokio::test]
async fn a_base_url_with_a_path_prefix_keeps_it() {
    let server = RawServer::start(RawResponse::json(&dispute("dp_1").to_string())).await;
    let client = builder(&format!("{}/proxy/api/", server.uri()))
        .build()
        .unwrap();
    client.disputes().retrieve("dp_1").await.expect("retrieve");
    assert_eq!(server.requests()[0].target(), "/proxy/api/v1/disputes/dp_1");
}

// ---------------------------------------------------------------- idempotency and retries

#[tokio::test]
async fn a_post_keeps_its_idempotency_key_across_retries() {
    let server = MockServer::start().await;
    let (sequence, _) = Sequence::new(vec![ResponseTemplate::new(503), ok_dispute()]);
    Mock::given(method("POST"))
        .and(path("/v1/disputes/dp_1"))
        .respond_with(sequence)
        .mount(&server)
        .await;
    let client = client(&server.uri());
    let update = UpdateDispute {
        submit: Some(true),
        ..Default::default()
    };
    let dispute = client
        .disputes()
        .update("dp_1", &update)
        .await
        .expect("succeeds on the retry");
    assert_eq!(dispute.id, "dp_1");

    let requests = server.received_requests().await.unwrap();
    assert_eq!(requests.len(), 2, "one retry after the 503");
    let keys: Vec<&str> = requests
        .iter()
        .map(|r| header_of(r, "idempotency-key").expect("every attempt has a key"))
        .collect();
    assert!(!keys[0].is_empty());
    assert_eq!(keys[0], keys[1], "the retry reuses the key");
    assert_eq!(
        requests[0].body, requests[1].body,
        "the retry sends the same body"
    );

    // The next logical request gets a fresh key.
    client
        .disputes()
        .update("dp_1", &update)
        .await
        .expect("second update");
    let requests = server.received_requests().await.unwrap();
    assert_ne!(header_of(&requests[2], "idempotency-key"), Some(keys[0]));
}

#[tokio::test]
async fn an_explicit_idempotency_key_is_sent_and_gets_have_none() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ok_dispute())
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .respond_with(ok_dispute())
        .mount(&server)
        .await;
    let client = client(&server.uri());
    client
        .disputes()
        .close("dp_1")
        .idempotency_key("order-6735-close")
        .await
        .unwrap();
    client.disputes().retrieve("dp_1").await.unwrap();
    let requests = server.received_requests().await.unwrap();
    assert_eq!(
        header_of(&requests[0], "idempotency-key"),
        Some("order-6735-close")
    );
    assert_eq!(
        header_of(&requests[1], "idempotency-key"),
        None,
        "a GET needs no idempotency key"
    );
}

/// WooshPay's exports declare `Content-Type: application/json` on every operation, and its
/// settings (`[conventions] content_type_without_body = true`) send it on bodiless requests
/// too; the body stays empty (generator/tests/operation_model.rs covers the default, none).
#[tokio::test]
async fn requests_without_a_body_carry_the_declared_content_type_and_no_body() {
    // The Apifox export declares `Content-Type: application/json` on every operation; it goes
    // out only with a body (see `requests_declare_json`), not on a GET nor on a POST whose
    // body the spec leaves empty (`disputes.close`).
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ok_dispute())
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .respond_with(ok_dispute())
        .mount(&server)
        .await;
    let client = client(&server.uri());
    client.disputes().close("dp_1").await.unwrap();
    client.disputes().retrieve("dp_1").await.unwrap();
    for request in server.received_requests().await.unwrap() {
        assert!(request.body.is_empty(), "{request:?}");
        assert_eq!(
            header_of(&request, "content-type"),
            Some("application/json"),
            "{request:?}"
        );
        assert_eq!(header_of(&request, "accept"), Some("application/json"));
    }
}

#[tokio::test]
async fn a_400_is_not_retried() {
    let server = MockServer::start().await;
    Mock::given(path("/v1/disputes/dp_1"))
        .respond_with(
            ResponseTemplate::new(400).set_body_json(
                json!({"error": {"type": "invalid_request_error", "message": "bad"}}),
            ),
        )
        .expect(1)
        .mount(&server)
        .await;
    let client = builder(&server.uri()).max_retries(5).build().unwrap();
    let error = client
        .disputes()
        .update("dp_1", &UpdateDispute::default())
        .await
        .expect_err("400");
    assert_eq!(error.status(), Some(400));
    server.verify().await;
}

#[tokio::test]
async fn a_persistent_5xx_is_retried_max_retries_times_then_returned() {
    let server = MockServer::start().await;
    Mock::given(path("/v1/disputes/dp_1"))
        .respond_with(ResponseTemplate::new(500))
        .expect(3)
        .mount(&server)
        .await;
    let client = builder(&server.uri()).max_retries(2).build().unwrap();
    let error = client.disputes().retrieve("dp_1").await.expect_err("500");
    assert_eq!(error.status(), Some(500));
    server.verify().await;

    // A per-request setting overrides the client's.
    let server = MockServer::start().await;
    Mock::given(path("/v1/disputes/dp_1"))
        .respond_with(ResponseTemplate::new(502))
        .expect(1)
        .mount(&server)
        .await;
    let client = builder(&server.uri()).max_retries(2).build().unwrap();
    let options = RequestOptions {
        max_retries: Some(0),
        ..Default::default()
    };
    client
        .disputes()
        .with_options(options)
        .retrieve("dp_1")
        .await
        .expect_err("502");
    server.verify().await;
}

#[tokio::test]
async fn retry_after_is_honoured() {
    let server = MockServer::start().await;
    let (sequence, arrivals) = Sequence::new(vec![
        ResponseTemplate::new(429).insert_header("retry-after", "1"),
        ok_dispute(),
    ]);
    Mock::given(path("/v1/disputes/dp_1"))
        .respond_with(sequence)
        .mount(&server)
        .await;
    // Backoff alone would wait at most 5 ms.
    let client = client(&server.uri());
    client
        .disputes()
        .retrieve("dp_1")
        .await
        .expect("succeeds after waiting");
    let arrivals = arrivals.lock().unwrap().clone();
    assert_eq!(arrivals.len(), 2);
    let waited = arrivals[1] - arrivals[0];
    assert!(
        waited >= Duration::from_secs(1),
        "Retry-After: 1 must delay the retry by 1 s, waited {waited:?}"
    );
    // Far below the 60 s `max_retry_after` cap a misread header would wait, with room for a
    // loaded 2-core machine.
    assert!(
        waited < Duration::from_secs(10),
        "waited far longer than asked: {waited:?}"
    );
}

#[tokio::test]
async fn retry_after_is_capped_by_max_retry_after() {
    let server = MockServer::start().await;
    let (sequence, arrivals) = Sequence::new(vec![
        ResponseTemplate::new(503).insert_header("retry-after", "3600"),
        ok_dispute(),
    ]);
    Mock::given(path("/v1/disputes/dp_1"))
        .respond_with(sequence)
        .mount(&server)
        .await;
    let client = builder(&server.uri())
        .max_retry_after(Duration::from_millis(300))
        .build()
        .unwrap();
    client
        .disputes()
        .retrieve("dp_1")
        .await
        .expect("succeeds after the capped wait");
    let arrivals = arrivals.lock().unwrap().clone();
    let waited = arrivals[1] - arrivals[0];
    assert!(
        waited >= Duration::from_millis(300) && waited < Duration::from_secs(30),
        "waited {waited:?}"
    );
}

#[tokio::test]
async fn retry_after_as_an_http_date_is_honoured() {
    let server = MockServer::start().await;
    // Three seconds from now, truncated to the second: the retry is due in 2 to 3 s (less the
    // time the first attempt took); backoff alone would wait at most 5 ms.
    let at = std::time::SystemTime::now() + Duration::from_secs(3);
    let (sequence, arrivals) = Sequence::new(vec![
        ResponseTemplate::new(503).insert_header("retry-after", http_date(at).as_str()),
        ok_dispute(),
    ]);
    Mock::given(path("/v1/disputes/dp_1"))
        .respond_with(sequence)
        .mount(&server)
        .await;
    client(&server.uri())
        .disputes()
        .retrieve("dp_1")
        .await
        .expect("succeeds after waiting");
    let arrivals = arrivals.lock().unwrap().clone();
    let waited = arrivals[1] - arrivals[0];
    assert!(
        waited >= Duration::from_millis(1500) && waited < Duration::from_secs(5),
        "waited {waited:?}"
    );
}

/// An IMF-fixdate (`Sun, 06 Nov 1994 08:49:37 GMT`).
fn http_date(at: std::time::SystemTime) -> String {
    let secs = at.duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() as i64;
    let (days, rem) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
    // Civil date from days since the epoch (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    let weekday = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"][days.rem_euclid(7) as usize];
    let month = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ][(month - 1) as usize];
    format!(
        "{weekday}, {day:02} {month} {year} {:02}:{:02}:{:02} GMT",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

#[tokio::test]
async fn a_refused_connection_is_retried_even_for_a_post_without_a_key() {
    // Nothing listens on this port yet; the server comes up a moment after the first attempt.
    let addr = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap();
    let client = Client::builder(KEY)
        .base_url(format!("http://{addr}"))
        .idempotency_keys(false)
        .max_retries(8)
        .backoff(Duration::from_millis(200), Duration::from_millis(200))
        .build()
        .unwrap();
    let late_server = tokio::spawn(async move {
        tokio::time::sleep(Duration::from_millis(50)).await;
        RawServer::start_at(addr, RawResponse::json(&dispute("dp_1").to_string())).await
    });
    let dispute = client
        .disputes()
        .close("dp_1")
        .await
        .expect("a retry reaches the server");
    assert_eq!(dispute.id, "dp_1");
    let server = late_server.await.unwrap();
    let requests = server.requests();
    assert_eq!(
        requests.len(),
        1,
        "refused attempts never arrived; one did: {requests:?}"
    );
    assert_eq!(
        requests[0].header("idempotency-key"),
        None,
        "keys are off for this client"
    );
}

#[tokio::test]
async fn a_post_without_a_key_is_not_retried_after_it_may_have_arrived() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(503))
        .expect(1)
        .mount(&server)
        .await;
    let client = builder(&server.uri())
        .idempotency_keys(false)
        .max_retries(3)
        .build()
        .unwrap();
    let error = client.disputes().close("dp_1").await.expect_err("503");
    assert_eq!(error.status(), Some(503));
    server.verify().await;
}

#[tokio::test]
async fn a_redirect_is_not_followed() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(302).insert_header("location", "/v1/disputes/dp_other"))
        .expect(1)
        .mount(&server)
        .await;
    // Following would turn the POST into a GET and return this as the update's result.
    Mock::given(method("GET"))
        .respond_with(ok_dispute())
        .expect(0)
        .mount(&server)
        .await;
    let error = client(&server.uri())
        .disputes()
        .update(
            "dp_1",
            &UpdateDispute {
                submit: Some(true),
                ..Default::default()
            },
        )
        .await
        .expect_err("a 302 is not a success");
    assert_eq!(error.status(), Some(302), "{error:?}");
    server.verify().await;
}

// ---------------------------------------------------------------- timeouts

#[tokio::test]
async fn a_slow_response_is_error_timeout() {
    let server = MockServer::start().await;
    Mock::given(path("/v1/disputes/dp_1"))
        .respond_with(ok_dispute().set_delay(Duration::from_secs(10)))
        .mount(&server)
        .await;
    let client = builder(&server.uri())
        .timeout(Duration::from_millis(200))
        .max_retries(0)
        .build()
        .unwrap();
    let started = Instant::now();
    let error = client
        .disputes()
        .retrieve("dp_1")
        .await
        .expect_err("times out");
    assert!(matches!(error, Error::Timeout(_)), "{error:?}");
    assert!(
        started.elapsed() < Duration::from_secs(7),
        "took {:?}",
        started.elapsed()
    );

    // The per-request timeout overrides a long client timeout.
    let client = builder(&server.uri())
        .timeout(Duration::from_secs(60))
        .max_retries(0)
        .build()
        .unwrap();
    let options = RequestOptions {
        timeout: Some(Duration::from_millis(200)),
        ..Default::default()
    };
    let error = client
        .disputes()
        .with_options(options)
        .retrieve("dp_1")
        .await
        .expect_err("times out");
    assert!(matches!(error, Error::Timeout(_)), "{error:?}");
}

#[tokio::test]
async fn a_caller_supplied_reqwest_client_gets_the_attempt_timeout_too() {
    // A client built by the builder carries the timeout itself; a supplied one (which has
    // none) must get it on every request.
    let server = MockServer::start().await;
    Mock::given(path("/v1/disputes/dp_1"))
        .respond_with(ok_dispute().set_delay(Duration::from_secs(10)))
        .mount(&server)
        .await;
    let client = builder(&server.uri())
        .http_client(reqwest::Client::new())
        .timeout(Duration::from_millis(200))
        .max_retries(0)
        .build()
        .unwrap();
    let started = Instant::now();
    let error = client
        .disputes()
        .retrieve("dp_1")
        .await
        .expect_err("times out");
    assert!(matches!(error, Error::Timeout(_)), "{error:?}");
    assert!(
        started.elapsed() < Duration::from_secs(7),
        "took {:?}",
        started.elapsed()
    );
}

#[tokio::test]
async fn a_body_that_stalls_midway_is_error_timeout() {
    let head = "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 1000\r\n\r\n{\"id\":\"dp_1\",";
    let server = RawServer::start(RawResponse::BytesThenStall(
        head.as_bytes().to_vec(),
        Duration::from_secs(10),
    ))
    .await;
    let client = builder(&server.uri())
        .timeout(Duration::from_millis(300))
        .max_retries(0)
        .build()
        .unwrap();
    let started = Instant::now();
    let error = client
        .disputes()
        .retrieve("dp_1")
        .await
        .expect_err("times out");
    assert!(matches!(error, Error::Timeout(_)), "{error:?}");
    assert!(
        started.elapsed() < Duration::from_secs(7),
        "took {:?}",
        started.elapsed()
    );
}

#[tokio::test]
async fn a_timed_out_post_is_retried_with_the_same_key() {
    let server = MockServer::start().await;
    let (sequence, _) = Sequence::new(vec![
        ok_dispute().set_delay(Duration::from_secs(5)),
        ok_dispute(),
    ]);
    Mock::given(path("/v1/disputes/dp_1/close"))
        .respond_with(sequence)
        .mount(&server)
        .await;
    let client = builder(&server.uri())
        .timeout(Duration::from_millis(300))
        .max_retries(1)
        .build()
        .unwrap();
    client
        .disputes()
        .close("dp_1")
        .await
        .expect("the retry succeeds");
    let requests = server.received_requests().await.unwrap();
    assert_eq!(requests.len(), 2);
    assert_eq!(
        header_of(&requests[0], "idempotency-key"),
        header_of(&requests[1], "idempotency-key")
    );
}

// ---------------------------------------------------------------- errors and decoding

#[tokio::test]
async fn an_error_body_is_parsed_with_the_request_id() {
    let server = MockServer::start().await;
    let body = json!({"error": {"type": "card_error", "code": "card_declined", "message": "Your card was declined.", "param": "evidence[receipt]"}});
    Mock::given(path("/v1/disputes/dp_1"))
        .respond_with(
            ResponseTemplate::new(402)
                .set_body_json(body.clone())
                .insert_header("request-id", "req_8Xb2"),
        )
        .mount(&server)
        .await;
    let error = client(&server.uri())
        .disputes()
        .retrieve("dp_1")
        .await
        .expect_err("402");
    let api = error.api_error().expect("an API error");
    assert_eq!(api.status, 402);
    assert_eq!(api.request_id.as_deref(), Some("req_8Xb2"));
    let parsed = api.error.as_ref().expect("the error object is parsed");
    assert_eq!(parsed.kind.as_deref(), Some("card_error"));
    assert_eq!(parsed.code.as_deref(), Some("card_declined"));
    assert_eq!(parsed.message.as_deref(), Some("Your card was declined."));
    assert_eq!(parsed.param.as_deref(), Some("evidence[receipt]"));
    assert_eq!(
        serde_json::from_str::<Value>(&api.body).unwrap(),
        body,
        "the raw body is kept"
    );
    let shown = error.to_string();
    for part in [
        "402",
        "card_error",
        "card_declined",
        "Your card was declined.",
        "evidence[receipt]",
        "req_8Xb2",
    ] {
        assert!(shown.contains(part), "`{part}` missing from: {shown}");
    }
}

#[tokio::test]
async fn an_error_body_with_extra_or_odd_fields_still_parses() {
    let server = MockServer::start().await;
    // `X-Request-Id` instead of `Request-Id`, a numeric code, unknown members.
    let body = json!({"error": {"type": "api_error", "code": 5001, "message": "boom", "doc_url": "https://example.invalid"}, "extra": true});
    Mock::given(path("/v1/disputes/dp_1"))
        .respond_with(
            ResponseTemplate::new(409)
                .set_body_json(body)
                .insert_header("x-request-id", "req_x"),
        )
        .mount(&server)
        .await;
    let error = client(&server.uri())
        .disputes()
        .retrieve("dp_1")
        .await
        .expect_err("409");
    let api = error.api_error().expect("an API error");
    assert_eq!(api.request_id.as_deref(), Some("req_x"));
    let parsed = api
        .error
        .as_ref()
        .expect("the error object is parsed despite the numeric code");
    assert_eq!(parsed.kind.as_deref(), Some("api_error"));
    assert_eq!(parsed.code.as_deref(), Some("5001"));
    assert_eq!(parsed.message.as_deref(), Some("boom"));
}

#[tokio::test]
async fn a_non_json_error_body_is_kept_raw() {
    let server = MockServer::start().await;
    let html = "<html><body><h1>502 Bad Gateway</h1></body></html>";
    Mock::given(path("/v1/disputes/dp_1"))
        .respond_with(ResponseTemplate::new(502).set_body_string(html))
        .mount(&server)
        .await;
    let client = builder(&server.uri()).max_retries(0).build().unwrap();
    let error = client.disputes().retrieve("dp_1").await.expect_err("502");
    let Error::Api(api) = &error else {
        panic!("expected Error::Api, got {error:?}")
    };
    assert_eq!(api.status, 502);
    assert_eq!(api.error, None);
    assert_eq!(api.body, html);
}

async fn decode_error(body: &str) -> wooshpay::DecodeError {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(
            ResponseTemplate::new(200).set_body_raw(body.as_bytes().to_vec(), "application/json"),
        )
        .mount(&server)
        .await;
    let client = client(&server.uri());
    let error = if body.contains("\"list\"") {
        client
            .disputes()
            .list(&ListDisputes::default())
            .await
            .map(|_| ())
            .expect_err("cannot decode")
    } else {
        client
            .disputes()
            .retrieve("dp_1")
            .await
            .map(|_| ())
            .expect_err("cannot decode")
    };
    match error {
        Error::Decode(e) => *e,
        other => panic!("expected Error::Decode for {body}, got {other:?}"),
    }
}

#[tokio::test]
async fn a_2xx_body_that_does_not_fit_is_a_decode_error_with_the_path() {
    let e = decode_error(r#"{"id":"dp_1","object":"dispute","created":1,"amount":"a lot"}"#).await;
    assert_eq!((e.status, e.path.as_str()), (200, "amount"), "{e:?}");
    assert!(e.message.contains("invalid type"), "{e:?}");
    assert_eq!(
        e.body,
        r#"{"id":"dp_1","object":"dispute","created":1,"amount":"a lot"}"#
    );

    let e = decode_error(
        r#"{"id":"dp_1","object":"dispute","created":1,"evidence_details":{"has_evidence":"yes"}}"#,
    )
    .await;
    assert_eq!(e.path, "evidence_details.has_evidence", "{e:?}");

    let e = decode_error(r#"{"object":"list","url":"/v1/disputes","has_more":false,"data":[{"id":"a","object":"dispute","created":1},{"id":"b","object":"dispute","created":1,"amount":1.5}]}"#).await;
    assert_eq!(e.path, "data[1].amount", "{e:?}");

    // Cut off in the middle of a value.
    let e = decode_error(r#"{"id":"dp_1","evidence":{"customer_name":"Ja"#).await;
    assert!(e.path.starts_with("evidence"), "{e:?}");
    assert!(e.message.contains("EOF"), "{e:?}");

    // Not JSON at all.
    let e = decode_error("<html>maintenance</html>").await;
    assert!(e.message.contains("expected value"), "{e:?}");
    assert_eq!(e.body, "<html>maintenance</html>");
}

#[tokio::test]
async fn an_unknown_enum_value_decodes_to_unknown() {
    let server = MockServer::start().await;
    let mut body = dispute("dp_1");
    body["status"] = json!("brand_new_status");
    Mock::given(path("/v1/disputes/dp_1"))
        .respond_with(ResponseTemplate::new(200).set_body_json(body))
        .mount(&server)
        .await;
    let dispute = client(&server.uri())
        .disputes()
        .retrieve("dp_1")
        .await
        .expect("decodes");
    assert_eq!(
        dispute.status,
        Some(DisputeStatus::Unknown("brand_new_status".into()))
    );
    assert_eq!(
        dispute.status.as_ref().map(DisputeStatus::as_str),
        Some("brand_new_status")
    );
    assert_eq!(
        serde_json::to_value(&dispute).unwrap()["status"],
        "brand_new_status",
        "re-encodes as received"
    );
}

// ---------------------------------------------------------------- pagination

const TOTAL: usize = 10_000;

fn item_id(i: usize) -> String {
    format!("dp_{i:05}")
}

/// A list endpoint over `TOTAL` disputes, paging by the request body's `limit` and
/// `starting_after` like the real API.
struct Pages;

impl Respond for Pages {
    fn respond(&self, request: &Request) -> ResponseTemplate {
        let body: Value = match serde_json::from_slice(&request.body) {
            Ok(body) => body,
            Err(e) => {
                return ResponseTemplate::new(400).set_body_string(format!("body is not JSON: {e}"))
            }
        };
        let limit = body["limit"].as_u64().unwrap_or(10) as usize;
        let start = match body["starting_after"].as_str() {
            None => 0,
            Some(id) => match id.strip_prefix("dp_").and_then(|n| n.parse::<usize>().ok()) {
                Some(n) => n + 1,
                None => {
                    return ResponseTemplate::new(400)
                        .set_body_string(format!("unknown cursor {id}"))
                }
            },
        };
        let end = (start + limit).min(TOTAL);
        let data: Vec<Value> = (start..end)
            .map(|i| json!({"id": item_id(i), "object": "dispute", "created": 1671261323, "amount": i}))
            .collect();
        ResponseTemplate::new(200).set_body_json(
            json!({"object": "list", "url": "/v1/disputes", "has_more": end < TOTAL, "data": data}),
        )
    }
}

#[tokio::test]
async fn list_all_walks_ten_thousand_items_in_order() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/disputes/list"))
        .respond_with(Pages)
        .mount(&server)
        .await;
    let client = client(&server.uri());
    let query = ListDisputes {
        limit: Some(100),
        ..Default::default()
    };
    let started = Instant::now();
    let ids: Vec<String> = client
        .disputes()
        .list_all(&query)
        .map_ok(|d| d.id)
        .try_collect()
        .await
        .expect("the walk succeeds");
    let elapsed = started.elapsed();
    assert_eq!(ids.len(), TOTAL);
    for (i, id) in ids.iter().enumerate() {
        assert_eq!(*id, item_id(i), "item {i} out of order");
    }
    let requests = server.received_requests().await.unwrap();
    assert_eq!(requests.len(), TOTAL / 100, "one request per page of 100");
    for (page, request) in requests.iter().enumerate() {
        let body: Value = serde_json::from_slice(&request.body).unwrap();
        let expected = if page == 0 {
            Value::Null
        } else {
            json!(item_id(page * 100 - 1))
        };
        assert_eq!(body["starting_after"], expected, "page {page}'s cursor");
        assert_eq!(
            body["limit"], 100,
            "the caller's limit is kept on page {page}"
        );
    }
    eprintln!(
        "walked {TOTAL} items in {} requests in {elapsed:?}",
        requests.len()
    );
}

#[tokio::test]
async fn list_all_is_lazy_and_stops_at_an_error() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/disputes/list"))
        .respond_with(Pages)
        .mount(&server)
        .await;
    let client = client(&server.uri());
    let query = ListDisputes {
        limit: Some(100),
        ..Default::default()
    };
    let first: Vec<_> = client.disputes().list_all(&query).take(150).collect().await;
    assert_eq!(first.len(), 150);
    assert_eq!(
        server.received_requests().await.unwrap().len(),
        2,
        "only the pages needed are fetched"
    );

    // A failing page ends the stream with that error.
    let server = MockServer::start().await;
    let (sequence, _) = Sequence::new(vec![
        ResponseTemplate::new(200).set_body_json(json!({"object": "list", "url": "/v1/disputes", "has_more": true, "data": [dispute("dp_a")]})),
        ResponseTemplate::new(400).set_body_json(json!({"error": {"type": "invalid_request_error", "message": "no"}})),
    ]);
    Mock::given(method("GET"))
        .respond_with(sequence)
        .mount(&server)
        .await;
    let items: Vec<Result<_, Error>> = client_for(&server)
        .disputes()
        .list_all(&ListDisputes::default())
        .collect()
        .await;
    assert_eq!(items.len(), 2, "{items:?}");
    assert!(items[0].is_ok());
    assert_eq!(items[1].as_ref().err().and_then(Error::status), Some(400));
}

#[tokio::test]
async fn list_all_ends_when_the_server_repeats_its_last_page() {
    let server = MockServer::start().await;
    let page = json!({"object": "list", "url": "/v1/disputes", "has_more": true, "data": [dispute("dp_a"), dispute("dp_b")]});
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_json(page))
        .mount(&server)
        .await;
    let walk = client_for(&server)
        .disputes()
        .list_all(&ListDisputes::default())
        .collect::<Vec<_>>();
    let items = tokio::time::timeout(Duration::from_secs(10), walk)
        .await
        .expect("the walk must end instead of requesting the same page forever");
    assert_eq!(
        items.len(),
        3,
        "the page, then an error instead of its repeat"
    );
    assert!(
        matches!(items[2], Err(Error::Pagination(_))),
        "{:?}",
        items[2]
    );
    assert_eq!(server.received_requests().await.unwrap().len(), 2);
}

fn client_for(server: &MockServer) -> Client {
    client(&server.uri())
}

// ---------------------------------------------------------------- user agent, headers

fn crate_version() -> String {
    let manifest = std::fs::read_to_string(
        wooshpay_tests::workspace_root().join("generated-client/Cargo.toml"),
    )
    .unwrap();
    manifest
        .lines()
        .find_map(|l| {
            l.strip_prefix("version = \"")
                .and_then(|v| v.strip_suffix('"'))
        })
        .expect("the generated crate has a version")
        .to_owned()
}

#[tokio::test]
async fn the_user_agent_names_the_crate_and_version() {
    let expected = format!("wooshpay/{} ", crate_version());
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ok_dispute())
        .mount(&server)
        .await;
    client(&server.uri())
        .disputes()
        .retrieve("dp_1")
        .await
        .unwrap();
    builder(&server.uri())
        .user_agent_suffix("my-shop/2.1")
        .build()
        .unwrap()
        .disputes()
        .retrieve("dp_1")
        .await
        .unwrap();
    // A caller-supplied reqwest client must not lose the user agent.
    let custom = builder(&server.uri())
        .http_client(reqwest::Client::new())
        .build()
        .unwrap();
    custom.disputes().retrieve("dp_1").await.unwrap();

    let requests = server.received_requests().await.unwrap();
    let agents: Vec<&str> = requests
        .iter()
        .map(|r| header_of(r, "user-agent").unwrap_or(""))
        .collect();
    assert!(agents[0].starts_with(&expected), "{agents:?}");
    assert!(
        agents[1].starts_with(&expected) && agents[1].ends_with(" my-shop/2.1"),
        "{agents:?}"
    );
    assert!(agents[2].starts_with(&expected), "{agents:?}");
}

#[tokio::test]
async fn requests_declare_json() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ok_dispute())
        .mount(&server)
        .await;
    let update = UpdateDispute {
        submit: Some(true),
        metadata: Some([("k".to_owned(), json!("v"))].into()),
        ..Default::default()
    };
    client(&server.uri())
        .disputes()
        .update("dp_1", &update)
        .await
        .unwrap();
    let request = &server.received_requests().await.unwrap()[0];
    assert_eq!(header_of(request, "accept"), Some("application/json"));
    assert_eq!(header_of(request, "content-type"), Some("application/json"));
    assert_eq!(
        serde_json::from_slice::<Value>(&request.body).unwrap(),
        json!({"metadata": {"k": "v"}, "submit": true})
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_client_is_shared_across_tasks() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ok_dispute())
        .expect(50)
        .mount(&server)
        .await;
    let client = client(&server.uri());
    // Operation futures and list_all streams are Send: they run on spawned tasks.
    let tasks: Vec<_> = (0..50)
        .map(|i| {
            let client = client.clone();
            tokio::spawn(async move { client.disputes().retrieve(&format!("dp_{i}")).await })
        })
        .collect();
    for task in tasks {
        task.await.expect("task").expect("retrieve");
    }
    fn assert_send_static<T: Send + 'static>(_: &T) {}
    assert_send_static(&client.disputes().list_all(&ListDisputes::default()));
    server.verify().await;
}

#[tokio::test]
async fn a_list_all_stream_is_a_named_unpin_type_that_can_be_stored() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/disputes/list"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "object": "list", "has_more": false, "url": "/v1/disputes",
            "data": [dispute("dp_1"), dispute("dp_2")],
        })))
        .expect(1)
        .mount(&server)
        .await;
    // A struct can hold the stream by its name, and `next` needs no pinning: it is `Unpin`.
    struct Walker {
        disputes: wooshpay::Pages<wooshpay::Dispute>,
    }
    fn assert_unpin_send<T: Unpin + Send + 'static>(_: &T) {}
    let client = client(&server.uri());
    let mut walker = Walker {
        disputes: client.disputes().list_all(&ListDisputes::default()),
    };
    assert_unpin_send(&walker.disputes);
    let mut ids = Vec::new();
    while let Some(dispute) = walker.disputes.next().await {
        ids.push(dispute.expect("dispute").id);
    }
    assert_eq!(ids, ["dp_1", "dp_2"]);
    assert!(format!("{:?}", walker.disputes).starts_with("Pages"));
    server.verify().await;
}

#[tokio::test]
async fn a_429_is_retried_even_for_a_post_without_an_idempotency_key() {
    // The server refused the request before processing it, so sending it again is safe.
    let server = MockServer::start().await;
    let (sequence, arrivals) = Sequence::new(vec![ResponseTemplate::new(429), ok_dispute()]);
    Mock::given(method("POST"))
        .and(path("/v1/disputes/dp_1/close"))
        .respond_with(sequence)
        .mount(&server)
        .await;
    let client = builder(&server.uri())
        .idempotency_keys(false)
        .build()
        .unwrap();
    client
        .disputes()
        .close("dp_1")
        .await
        .expect("succeeds on the second attempt");
    assert_eq!(arrivals.lock().unwrap().len(), 2);
    let requests = server.received_requests().await.unwrap();
    assert_eq!(requests.len(), 2);
    assert!(requests
        .iter()
        .all(|r| header_of(r, "idempotency-key").is_none()));
}

#[tokio::test]
async fn transport_errors_name_their_cause() {
    let closed = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap();
    let client = Client::builder(KEY)
        .base_url(format!("http://{closed}"))
        .max_retries(0)
        .build()
        .unwrap();
    let error = client
        .disputes()
        .retrieve("dp_1")
        .await
        .expect_err("nothing listens");
    let text = error.to_string();
    assert!(text.starts_with("transport error: "), "{text}");
    assert!(
        text.to_lowercase().contains("connect") || text.to_lowercase().contains("refused"),
        "the cause is named: {text}"
    );
}
