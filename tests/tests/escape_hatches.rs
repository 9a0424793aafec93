//! The generated client's escape hatches over real HTTP on 127.0.0.1: extra body fields on a
//! typed call (`Call::extra`) and calls to any method and path (`Client::raw`), with the same
//! credentials, idempotency keys, retries and error decoding as the typed calls.
//!
//! The tests that compare bytes on the wire use the raw TCP server; the others wiremock.

use std::time::Duration;

use serde::Deserialize;
use serde_json::{json, Value};
use wiremock::matchers::{method, path, query_param};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};
use wooshpay::{Client, ClientBuilder, CreateSession, Error};
use wooshpay_tests::raw_http::{RawResponse, RawServer};

/// `base64("sk_test_x:")`: the key as user name, an empty password.
const BASIC: &str = "Basic c2tfdGVzdF94Og==";

fn builder(server: &str) -> ClientBuilder {
    Client::builder("sk_test_x")
        .base_url(server)
        .backoff(Duration::from_millis(1), Duration::from_millis(5))
}

fn client(server: &str) -> Client {
    builder(server).build().expect("client builds")
}

fn session() -> Value {
    json!({"id": "cs_1", "object": "checkout.session", "created": 1_700_000_000_000_i64, "mode": "payment"})
}

fn dispute() -> Value {
    json!({"id": "dp_1", "object": "dispute", "created": 1_671_321_599, "amount": 1000, "currency": "eur", "status": "needs_response"})
}

fn header_of<'r>(request: &'r Request, name: &str) -> Option<&'r str> {
    request.headers.get(name).and_then(|v| v.to_str().ok())
}

fn typed_session() -> CreateSession {
    CreateSession {
        mode: Some("payment".into()),
        client_reference_id: Some("order-6735".into()),
        ..CreateSession::new("https://shop.example/cart", "https://shop.example/paid")
    }
}

fn is_invalid_request_naming(error: &Error, name: &str) -> bool {
    matches!(error, Error::InvalidRequest(_)) && error.to_string().contains(&format!("`{name}`"))
}

// ---------------------------------------------------------------- extra body fields

#[tokio::test]
async fn extras_follow_the_typed_fields_of_a_json_body_in_the_order_added() {
    let server = RawServer::start(RawResponse::json(&session().to_string())).await;
    let body = typed_session();
    let created = client(&server.uri())
        .checkout_sessions()
        .create(&body)
        .extra("payment_intent_data", json!({"capture_method": "manual"}))
        .extra("locale", "auto")
        .extra("discounts", [json!({"coupon": "SPRING"})])
        .await
        .expect("create with extras");
    assert_eq!(serde_json::to_value(&created).unwrap()["id"], "cs_1");

    let requests = server.requests();
    assert_eq!(requests.len(), 1);
    let sent = String::from_utf8(requests[0].body.clone()).unwrap();
    let typed = serde_json::to_string(&body).unwrap();
    assert_eq!(
        typed,
        r#"{"cancel_url":"https://shop.example/cart","success_url":"https://shop.example/paid","mode":"payment","client_reference_id":"order-6735"}"#,
        "the typed members, in declaration order"
    );
    assert_eq!(
        sent,
        format!(
            r#"{},"payment_intent_data":{{"capture_method":"manual"}},"locale":"auto","discounts":[{{"coupon":"SPRING"}}]}}"#,
            &typed[..typed.len() - 1]
        ),
        "the typed members untouched, then the extras in order"
    );
    assert_eq!(requests[0].header("content-type"), Some("application/json"));
    assert_eq!(
        requests[0].header("content-length"),
        Some(sent.len().to_string().as_str())
    );
    assert!(requests[0].header("idempotency-key").is_some());
}

#[tokio::test]
async fn an_extra_may_send_null_and_a_field_the_body_leaves_unset() {
    let server = RawServer::start(RawResponse::json(&session().to_string())).await;
    let body = CreateSession {
        mode: Some("payment".into()),
        ..CreateSession::new("https://shop.example/cart", "https://shop.example/paid")
    };
    client(&server.uri())
        .checkout_sessions()
        .create(&body)
        // Typed, but not set on this body: no collision.
        .extra("customer_email", "a@example.com")
        .extra("expires_at", Value::Null)
        .await
        .expect("create");
    assert_eq!(
        String::from_utf8(server.requests()[0].body.clone()).unwrap(),
        r#"{"cancel_url":"https://shop.example/cart","success_url":"https://shop.example/paid","mode":"payment","customer_email":"a@example.com","expires_at":null}"#
    );
}

#[tokio::test]
async fn extras_join_a_form_body_encoded_as_its_fields_are() {
    let server = RawServer::start(RawResponse::json("{}")).await;
    client(&server.uri())
        .raw(reqwest::Method::POST, "/v1/customers")
        .form(&json!({"email": "a@example.com"}))
        .extra("metadata", json!({"order": "6735"}))
        .extra("preferred_locales", ["zh CN", "en&US"])
        .extra("invoice_settings[footer]", "thanks")
        .await
        .expect("form call");
    let request = &server.requests()[0];
    assert_eq!(
        String::from_utf8(request.body.clone()).unwrap(),
        "email=a%40example.com&metadata%5Border%5D=6735&preferred_locales%5B0%5D=zh+CN&preferred_locales%5B1%5D=en%26US&invoice_settings%5Bfooter%5D=thanks"
    );
    assert_eq!(
        request.header("content-type"),
        Some("application/x-www-form-urlencoded")
    );
}

#[tokio::test]
async fn an_extra_named_like_a_field_of_the_body_fails_before_sending() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(200).set_body_json(session()))
        .expect(0)
        .mount(&server)
        .await;
    let client = client(&server.uri());
    let body = typed_session();
    let error = client
        .checkout_sessions()
        .create(&body)
        .extra("mode", "setup")
        .await
        .expect_err("`mode` is set on the body");
    assert!(is_invalid_request_naming(&error, "mode"), "{error}");
    assert!(
        error.to_string().contains("checkout_sessions.create"),
        "{error}"
    );
    assert!(
        !error.to_string().contains("setup"),
        "values are not shown: {error}"
    );

    let error = client
        .checkout_sessions()
        .create(&body)
        .extra("locale", "auto")
        .extra("locale", "zh")
        .with_response()
        .await
        .expect_err("the same extra twice");
    assert!(is_invalid_request_naming(&error, "locale"), "{error}");

    let error = client
        .raw(reqwest::Method::POST, "/v1/customers")
        .form(&json!({"metadata": {"a": "1"}}))
        .extra("metadata[b]", "2")
        .await
        .expect_err("a form field is one field with its brackets");
    assert!(is_invalid_request_naming(&error, "metadata"), "{error}");
    server.verify().await;
}

#[tokio::test]
async fn an_extra_on_an_operation_without_a_body_is_refused() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(200).set_body_json(dispute()))
        .expect(0)
        .mount(&server)
        .await;
    let client = client(&server.uri());
    let error = client
        .disputes()
        .close("dp_1")
        .extra("reason", "duplicate")
        .await
        .expect_err("close declares no body");
    assert!(is_invalid_request_naming(&error, "reason"), "{error}");
    assert!(error.to_string().contains("disputes.close"), "{error}");
    assert!(error.to_string().contains("Client::raw"), "{error}");

    let error = client
        .raw(reqwest::Method::POST, "/v1/disputes/dp_1/close")
        .extra("reason", "duplicate")
        .await
        .expect_err("a raw call without a body");
    assert!(error.to_string().contains(".json(..)"), "{error}");
    server.verify().await;
}

#[tokio::test]
async fn a_retried_call_sends_the_same_bytes_with_the_same_idempotency_key() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/checkout/sessions"))
        .respond_with(ResponseTemplate::new(503))
        .up_to_n_times(2)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/v1/checkout/sessions"))
        .respond_with(ResponseTemplate::new(200).set_body_json(session()))
        .mount(&server)
        .await;
    let body = typed_session();
    let response = client(&server.uri())
        .checkout_sessions()
        .create(&body)
        .extra("payment_intent_data", json!({"capture_method": "manual"}))
        .idempotency_key("checkout-order-6735")
        .with_response()
        .await
        .expect("succeeds on the second retry");
    assert_eq!(response.attempts, 3);
    let requests = server.received_requests().await.unwrap();
    assert_eq!(requests.len(), 3);
    for request in &requests[1..] {
        assert_eq!(request.body, requests[0].body, "the same bytes");
        assert_eq!(
            header_of(request, "idempotency-key"),
            Some("checkout-order-6735")
        );
    }
    let sent: Value = serde_json::from_slice(&requests[0].body).unwrap();
    assert_eq!(sent["payment_intent_data"]["capture_method"], "manual");

    // Without an explicit key, the generated one stays the same across the retries too.
    server.reset().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(500))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(200).set_body_json(session()))
        .mount(&server)
        .await;
    client(&server.uri())
        .checkout_sessions()
        .create(&body)
        .extra("locale", "auto")
        .await
        .expect("succeeds on the retry");
    let requests = server.received_requests().await.unwrap();
    assert_eq!(requests.len(), 2);
    let key = header_of(&requests[0], "idempotency-key").expect("a generated key");
    assert_eq!(header_of(&requests[1], "idempotency-key"), Some(key));
    assert_eq!(requests[0].body, requests[1].body);
}

#[tokio::test]
async fn extras_show_nowhere_but_on_the_wire() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(
            ResponseTemplate::new(402)
                .set_body_json(json!({"error": {"type": "card_error", "message": "declined"}})),
        )
        .mount(&server)
        .await;
    let client = builder(&server.uri()).max_retries(0).build().unwrap();
    let body = typed_session();
    let call = client
        .checkout_sessions()
        .create(&body)
        .extra("card_secret", "4242424242424242");
    let shown = format!("{call:?}");
    assert!(shown.contains("card_secret"), "{shown}");
    assert!(!shown.contains("4242"), "{shown}");
    assert!(!shown.contains("order-6735"), "nor the typed body: {shown}");
    let error = call.await.expect_err("a 402");
    assert!(!format!("{error} {error:?}").contains("4242"), "{error:?}");
}

// ---------------------------------------------------------------- Client::raw

#[tokio::test]
async fn a_raw_get_sends_its_query_and_the_credentials() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/customers"))
        .and(query_param("limit", "3"))
        .and(query_param("created[gte]", "1700000000"))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(
                json!({"object": "list", "data": [{"id": "cus_1"}], "has_more": false}),
            ),
        )
        .expect(1)
        .mount(&server)
        .await;
    let list = client(&server.uri())
        .raw(reqwest::Method::GET, "/v1/customers")
        .query(&[("limit", "3")])
        .query(&json!({"created": {"gte": 1_700_000_000}}))
        .await
        .expect("raw GET");
    assert_eq!(list["data"][0]["id"], "cus_1");
    server.verify().await;
    let request = &server.received_requests().await.unwrap()[0];
    assert_eq!(
        request.url.query(),
        Some("limit=3&created%5Bgte%5D=1700000000")
    );
    assert_eq!(header_of(request, "authorization"), Some(BASIC));
    assert_eq!(header_of(request, "accept"), Some("application/json"));
    assert!(header_of(request, "user-agent").is_some_and(|ua| ua.starts_with("wooshpay/")));
    assert_eq!(
        header_of(request, "idempotency-key"),
        None,
        "a GET needs no idempotency key"
    );
    assert!(request.body.is_empty());
}

#[tokio::test]
async fn a_raw_post_sends_json_with_an_idempotency_key_kept_across_retries() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/customers/cus_1"))
        .respond_with(ResponseTemplate::new(503))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/v1/customers/cus_1"))
        .respond_with(
            ResponseTemplate::new(200)
                .insert_header("request-id", "req_raw")
                .set_body_json(json!({"id": "cus_1", "name": "Ada"})),
        )
        .mount(&server)
        .await;
    let client = client(&server.uri());
    let response = client
        .raw(reqwest::Method::POST, "/v1/customers/cus_1")
        .json(&json!({"name": "Ada"}))
        .extra("metadata", json!({"order": "6735"}))
        .header("X-Trace", "t-1")
        .with_response()
        .await
        .expect("raw POST");
    assert_eq!(response.data["name"], "Ada");
    assert_eq!(response.request_id.as_deref(), Some("req_raw"));
    assert_eq!(response.attempts, 2);
    let requests = server.received_requests().await.unwrap();
    assert_eq!(requests.len(), 2);
    let key = header_of(&requests[0], "idempotency-key").expect("a POST gets a key");
    assert!(!key.is_empty());
    assert_eq!(header_of(&requests[1], "idempotency-key"), Some(key));
    for request in &requests {
        assert_eq!(
            request.body,
            br#"{"name":"Ada","metadata":{"order":"6735"}}"#
        );
        assert_eq!(header_of(request, "content-type"), Some("application/json"));
        assert_eq!(header_of(request, "authorization"), Some(BASIC));
        assert_eq!(header_of(request, "x-trace"), Some("t-1"));
    }

    // An explicit key is sent as given.
    client
        .raw(reqwest::Method::POST, "/v1/customers/cus_1")
        .json(&json!({"name": "Ada"}))
        .idempotency_key("update-cus_1")
        .await
        .expect("raw POST with a key");
    let requests = server.received_requests().await.unwrap();
    assert_eq!(
        header_of(&requests[2], "idempotency-key"),
        Some("update-cus_1")
    );
}

#[tokio::test]
async fn a_raw_4xx_is_the_same_api_error_as_a_typed_call_gets() {
    let server = MockServer::start().await;
    Mock::given(path("/v1/disputes/dp_missing"))
        .respond_with(
            ResponseTemplate::new(404)
                .insert_header("request-id", "req_404")
                .set_body_json(json!({"error": {"type": "invalid_request_error", "code": "resource_missing", "message": "No such dispute", "param": "id"}})),
        )
        .mount(&server)
        .await;
    let client = client(&server.uri());
    let typed = client
        .disputes()
        .retrieve("dp_missing")
        .await
        .expect_err("404");
    let raw = client
        .raw(reqwest::Method::GET, "/v1/disputes/dp_missing")
        .await
        .expect_err("404");
    let (Error::Api(typed), Error::Api(raw)) = (typed, raw) else {
        panic!("both are API errors");
    };
    assert_eq!(raw, typed);
    assert_eq!(raw.status, 404);
    assert_eq!(raw.request_id.as_deref(), Some("req_404"));
    let body = raw.error.expect("the error object");
    assert_eq!(body.code.as_deref(), Some("resource_missing"));
    assert_eq!(body.param.as_deref(), Some("id"));
}

#[tokio::test]
async fn a_full_url_or_a_path_leaving_the_base_is_refused_before_sending() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({})))
        .expect(0)
        .mount(&server)
        .await;
    let client = client(&server.uri());
    let elsewhere = format!("{}/v1/customers", server.uri());
    for target in [
        elsewhere.as_str(),
        "https://evil.example/v1/customers",
        "//evil.example/v1/customers",
        "v1/customers",
        "/v1/customers?limit=3",
        "/v1/../v2/customers",
    ] {
        let error = client
            .raw(reqwest::Method::GET, target)
            .await
            .expect_err(target);
        assert!(
            matches!(error, Error::InvalidRequest(_)),
            "{target}: {error:?}"
        );
        assert!(
            !error.to_string().contains("evil.example"),
            "the URL is not repeated: {error}"
        );
    }
    server.verify().await;
}

#[tokio::test]
async fn a_raw_path_is_sent_as_given_under_the_base_path() {
    let server = RawServer::start(RawResponse::json(r#"{"id":"cus 1/2"}"#)).await;
    let client = client(&format!("{}/proxy/", server.uri()));
    let id = wooshpay::encode_path_segment("cus 1/2").expect("an ID");
    let path = ["/v1/customers/", &*id, "/sources"].concat();
    let found = client
        .raw(reqwest::Method::DELETE, &path)
        .await
        .expect("raw DELETE");
    assert_eq!(found["id"], "cus 1/2");
    client
        .raw(reqwest::Method::GET, "/v1/a%2Fb/c:d")
        .await
        .expect("raw GET");
    let lines: Vec<String> = server
        .requests()
        .iter()
        .map(|r| r.request_line.clone())
        .collect();
    assert_eq!(
        lines,
        [
            "DELETE /proxy/v1/customers/cus%201%2F2/sources HTTP/1.1",
            "GET /proxy/v1/a%2Fb/c:d HTTP/1.1",
        ]
    );
    assert!(wooshpay::encode_path_segment("..").is_err());
}

#[tokio::test]
async fn a_raw_call_decodes_into_any_type() {
    #[derive(Debug, Deserialize, PartialEq)]
    struct Customer {
        id: String,
        name: Option<String>,
    }
    let server = MockServer::start().await;
    Mock::given(path("/v1/customers/cus_1"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({"id": "cus_1", "name": "Ada", "email": "a@example.com"})),
        )
        .mount(&server)
        .await;
    Mock::given(path("/v1/disputes/dp_1"))
        .respond_with(ResponseTemplate::new(200).set_body_json(dispute()))
        .mount(&server)
        .await;
    Mock::given(path("/v1/customers/cus_1/discount"))
        .respond_with(ResponseTemplate::new(204))
        .mount(&server)
        .await;
    Mock::given(path("/v1/customers"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!([{"id": "cus_1"}])))
        .mount(&server)
        .await;
    let client = client(&server.uri());
    let customer: Customer = client
        .raw(reqwest::Method::GET, "/v1/customers/cus_1")
        .decode()
        .await
        .expect("a struct of one's own");
    assert_eq!(
        customer,
        Customer {
            id: "cus_1".into(),
            name: Some("Ada".into())
        }
    );
    // A generated type, with the response's details.
    let response = client
        .raw(reqwest::Method::GET, "/v1/disputes/dp_1")
        .decode::<wooshpay::Dispute>()
        .timeout(Duration::from_secs(5))
        .with_response()
        .await
        .expect("a generated type");
    assert_eq!(response.status, 200);
    assert_eq!(
        serde_json::to_value(&response.data).unwrap()["amount"],
        1000
    );
    // An empty body is `null`: `()`, `Option` and `Value` take it.
    client
        .raw(reqwest::Method::DELETE, "/v1/customers/cus_1/discount")
        .decode::<()>()
        .await
        .expect("nothing to decode");
    let nothing = client
        .raw(reqwest::Method::DELETE, "/v1/customers/cus_1/discount")
        .await
        .expect("an empty body");
    assert_eq!(nothing, Value::Null);
    // Decoding is as strict as for typed calls: an array is not an object.
    let error = client
        .raw(reqwest::Method::GET, "/v1/customers")
        .decode::<Customer>()
        .await
        .expect_err("an array");
    let Error::Decode(decode) = &error else {
        panic!("a decode error: {error:?}");
    };
    assert!(decode.message.contains("expected a JSON object"), "{error}");
}

#[tokio::test]
async fn a_raw_call_has_the_timeouts_of_a_typed_call() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({}))
                .set_delay(Duration::from_secs(5)),
        )
        .mount(&server)
        .await;
    let client = client(&server.uri());
    let started = std::time::Instant::now();
    let error = client
        .raw(reqwest::Method::GET, "/v1/slow")
        .timeout(Duration::from_millis(100))
        .max_retries(0)
        .await
        .expect_err("too slow");
    assert!(matches!(error, Error::Timeout(_)), "{error:?}");
    let error = client
        .raw(reqwest::Method::GET, "/v1/slow")
        .deadline(Duration::from_millis(300))
        .await
        .expect_err("past the deadline");
    assert!(matches!(error, Error::Timeout(_)), "{error:?}");
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "{:?}",
        started.elapsed()
    );
}

#[tokio::test]
async fn a_raw_query_that_is_not_pairs_fails_the_call() {
    let server = MockServer::start().await;
    let error = client(&server.uri())
        .raw(reqwest::Method::GET, "/v1/customers")
        .query("limit=3")
        .await
        .expect_err("a string is no query");
    assert!(matches!(error, Error::InvalidRequest(_)), "{error:?}");
    assert!(server.received_requests().await.unwrap().is_empty());
}

/// The README's example ("Escape hatches"), compiled.
#[allow(dead_code, unused_variables)]
async fn readme_example(client: Client, session: CreateSession) -> Result<(), Error> {
    // A body field the generated type lacks, sent after the typed ones.
    let created = client
        .checkout_sessions()
        .create(&session)
        .extra("locale", "auto")
        .await?;

    // An operation the client lacks: any method and path, answered as JSON (or `.decode::<T>()`).
    let id = wooshpay::encode_path_segment("cus_1")?;
    let customer: serde_json::Value = client
        .raw(reqwest::Method::GET, &["/v1/customers/", &*id].concat())
        .query(&[("expand[]", "default_source")])
        .await?;
    let updated = client
        .raw(reqwest::Method::POST, &["/v1/customers/", &*id].concat())
        .json(&json!({"name": "Ada"}))
        .idempotency_key("rename-cus_1")
        .await?;
    Ok(())
}
