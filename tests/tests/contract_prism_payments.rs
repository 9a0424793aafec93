//! Contract tests of the payment flow (payment intents, refunds, balance, checkout sessions,
//! webhook endpoints): the generated client against Prism mocking the normalized document
//! (`generated-client/openapi.json`) with request validation on (`--errors`).
//!
//! The client's requests are in `contract_payment_requests/`, shared with
//! `contract_as_written.rs`, which checks the same requests against the specs as written (the
//! normalized document widens optional properties to `nullable`, so it cannot vouch for
//! itself). What stays here is about this document alone: responses Prism invents from its
//! schemas (from the specs as written it cannot: Apifox composes some response schemas with
//! `x-apifox-refs`, which other tools read as an unconstrained object), and a copy of it with
//! idempotency keys made required.

use serde_json::{json, Value};
use wooshpay_tests::prism::{self, Prism};

mod contract_payment_requests;

use contract_payment_requests::{
    builder, client, create_body, ok, refund_body, session_body, webhook_body,
};
use wooshpay::{
    CapturePaymentIntent, Client, ListRequest, SearchPaymentIntents, UpdatePaymentIntent,
};

/// The Prism the shared request tests (`contract_payment_requests`) talk to: the one mocking
/// the normalized document.
fn contract_prism() -> &'static Prism {
    Prism::shared()
}

/// A client asking Prism for responses generated from the schemas instead of the examples.
fn dynamic_client(prism: &Prism) -> Client {
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert(
        "prefer",
        reqwest::header::HeaderValue::from_static("dynamic=true"),
    );
    let http = reqwest::Client::builder()
        .default_headers(headers)
        .build()
        .expect("reqwest client builds");
    builder(prism)
        .http_client(http)
        .build()
        .expect("client builds")
}

/// Prism invents values for every response (nulls, absent optionals, either side of each
/// `oneOf`); every one must decode.
#[tokio::test]
async fn schema_generated_payment_intent_responses_decode() {
    let prism = Prism::shared();
    let client = dynamic_client(prism);
    let intents = client.payment_intents();
    for _ in 0..10 {
        ok(
            intents.create(&create_body()).await,
            "create (dynamic)",
            prism,
        );
        ok(intents.retrieve("pi_1").await, "retrieve (dynamic)", prism);
        ok(
            intents
                .update("pi_1", &UpdatePaymentIntent::default())
                .await,
            "update (dynamic)",
            prism,
        );
        ok(
            intents
                .capture("pi_1", &CapturePaymentIntent::default())
                .await,
            "capture (dynamic)",
            prism,
        );
        ok(
            intents.list(&ListRequest::default()).await,
            "list (dynamic)",
            prism,
        );
        ok(
            intents
                .search(&SearchPaymentIntents {
                    query: "x".into(),
                    limit: None,
                })
                .await,
            "search (dynamic)",
            prism,
        );
    }
}

/// The same for refunds, balance, checkout sessions and webhook endpoints.
#[tokio::test]
async fn schema_generated_checkout_refund_and_webhook_responses_decode() {
    let prism = Prism::shared();
    let client = dynamic_client(prism);
    for _ in 0..10 {
        ok(
            client.refunds().create(&refund_body()).await,
            "refund create (dynamic)",
            prism,
        );
        ok(
            client.refunds().retrieve("re_1").await,
            "refund retrieve (dynamic)",
            prism,
        );
        ok(client.balance().get().await, "balance (dynamic)", prism);
        ok(
            client.checkout_sessions().create(&session_body()).await,
            "session create (dynamic)",
            prism,
        );
        ok(
            client.checkout_sessions().retrieve("cs_1").await,
            "session retrieve (dynamic)",
            prism,
        );
        ok(
            client.checkout_sessions().expire("cs_1").await,
            "session expire (dynamic)",
            prism,
        );
        ok(
            client
                .checkout_sessions()
                .list(&wooshpay::ListCheckoutSessions::default())
                .await,
            "session list (dynamic)",
            prism,
        );
        ok(
            client.webhook_endpoints().create(&webhook_body()).await,
            "webhook create (dynamic)",
            prism,
        );
        ok(
            client.webhook_endpoints().retrieve("we_1").await,
            "webhook retrieve (dynamic)",
            prism,
        );
        ok(
            client
                .webhook_endpoints()
                .list(&wooshpay::ListWebhooks::default())
                .await,
            "webhook list (dynamic)",
            prism,
        );
    }
}

/// A copy of the normalized document in which the given create operations require an
/// `Idempotency-Key` header matching `pattern`, so Prism refuses a create without the key the
/// test expects.
fn document_requiring_idempotency_keys(paths: &[&str], pattern: &str) -> tempfile::TempDir {
    let mut document: Value = serde_json::from_slice(
        &std::fs::read(prism::generated_document()).expect("generated-client/openapi.json exists"),
    )
    .expect("the normalized document is JSON");
    for path in paths {
        let pointer = format!("/paths/{}/post/parameters", path.replace('/', "~1"));
        let parameters = document
            .pointer_mut(&pointer)
            .and_then(Value::as_array_mut)
            .unwrap_or_else(|| panic!("{pointer} is a parameter list"));
        parameters.push(json!({
            "name": "Idempotency-Key", "in": "header", "required": true,
            "schema": {"type": "string", "pattern": pattern}
        }));
    }
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(
        dir.path().join("openapi.json"),
        serde_json::to_vec_pretty(&document).expect("serializes"),
    )
    .expect("writes the document");
    dir
}

/// Creates carry an idempotency key: the caller's when given, else a fresh UUID per call.
#[tokio::test]
async fn creates_send_an_idempotency_key() {
    let pattern = "^(order-6735|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$";
    let creates = [
        "/v1/payment_intents",
        "/v1/refunds",
        "/v1/checkout/sessions",
        "/v1/webhook_endpoints",
    ];
    let dir = document_requiring_idempotency_keys(&creates, pattern);
    let strict = Prism::start(&dir.path().join("openapi.json"));
    let client = client(&strict);

    ok(
        client
            .payment_intents()
            .create(&create_body())
            .idempotency_key("order-6735")
            .await,
        "payment intent create with the caller's key",
        &strict,
    );
    ok(
        client.payment_intents().create(&create_body()).await,
        "payment intent create with a generated key",
        &strict,
    );
    ok(
        client
            .checkout_sessions()
            .create(&session_body())
            .idempotency_key("order-6735")
            .await,
        "session create with the caller's key",
        &strict,
    );
    ok(
        client.checkout_sessions().create(&session_body()).await,
        "session create with a generated key",
        &strict,
    );
    ok(
        client
            .refunds()
            .create(&refund_body())
            .idempotency_key("order-6735")
            .await,
        "refund create with the caller's key",
        &strict,
    );
    ok(
        client.webhook_endpoints().create(&webhook_body()).await,
        "webhook create with a generated key",
        &strict,
    );
    // The check is live: a wrong key and no key are refused.
    let error = client
        .refunds()
        .create(&refund_body())
        .idempotency_key("not-this-one")
        .await
        .expect_err("Prism refuses a key that does not match");
    assert_eq!(error.status(), Some(422), "{error}");
    for path in creates {
        let response = reqwest::Client::new()
            .post(format!("{}{path}", strict.base_url()))
            .basic_auth("sk_test_x", None::<&str>)
            .header("accept", "application/json")
            .header("content-type", "application/json")
            .body(r#"{"amount":10,"currency":"USD"}"#)
            .send()
            .await
            .expect("Prism answers");
        assert_eq!(
            response.status().as_u16(),
            422,
            "{path}: {}",
            strict.output()
        );
    }
}
