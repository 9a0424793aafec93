//! Contract tests: the generated client against Prism mocking the normalized OpenAPI document
//! the generator writes (`generated-client/openapi.json`), with request validation on.
//!
//! Prism rejects (4xx) any request that does not match the document, so every passing call
//! proves the client sends what the spec describes (path, headers, auth, body); every response
//! must decode into the generated types, both Prism's static examples and its dynamic,
//! schema-generated responses (`Prefer: dynamic=true`).

use std::time::Duration;

use futures_util::TryStreamExt;
use serde_json::{json, Value};
use wooshpay::{
    Client, DisputeEvidence, DisputeStatus, Error, ListDisputes, ListDisputesCreated, UpdateDispute,
};
use wooshpay_tests::prism::{self, Prism};

/// The example users run against Prism (`cargo run -p wooshpay --example prism_disputes`).
#[allow(dead_code)]
#[path = "../../xtask/extras/examples/prism_disputes.rs"]
mod prism_disputes_example;

/// A client for the shared Prism, with short retries so a failure shows quickly.
fn client(prism: &Prism) -> Client {
    Client::builder("sk_test_x")
        .base_url(prism.base_url())
        .backoff(Duration::from_millis(10), Duration::from_millis(50))
        .timeout(Duration::from_secs(20))
        .build()
        .expect("client builds")
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
    Client::builder("sk_test_x")
        .base_url(prism.base_url())
        .http_client(http)
        .backoff(Duration::from_millis(10), Duration::from_millis(50))
        .timeout(Duration::from_secs(20))
        .build()
        .expect("client builds")
}

/// Unwraps a call's result, failing with the error and Prism's log (which says what it
/// rejected and why).
fn ok<T>(result: Result<T, Error>, what: &str, prism: &Prism) -> T {
    match result {
        Ok(value) => value,
        Err(error) => panic!(
            "{what} failed: {error}\n{error:?}\n--- Prism's output:\n{}",
            prism.output()
        ),
    }
}

fn full_update() -> UpdateDispute {
    UpdateDispute {
        evidence: Some(DisputeEvidence {
            customer_name: Some("Jane Doe".into()),
            customer_email_address: Some("jane@example.com".into()),
            product_description: Some("A pair of socks, size 42 — wool".into()),
            shipping_tracking_number: Some("1Z999AA10123456784".into()),
            uncategorized_text: Some("Delivered on 2024-01-02; signed by the customer.".into()),
            ..Default::default()
        }),
        metadata: Some(
            [
                ("order_id".to_owned(), json!("6735")),
                ("note".to_owned(), json!("a b & c")),
            ]
            .into_iter()
            .collect(),
        ),
        submit: Some(true),
    }
}

fn list_body() -> ListDisputes {
    ListDisputes {
        limit: Some(3),
        created: Some(ListDisputesCreated {
            gte: Some(1_669_000_000),
            lt: Some(1_700_000_000),
            ..Default::default()
        }),
        charge: Some("ch_123".into()),
        ..Default::default()
    }
}

#[tokio::test]
async fn retrieve_matches_the_contract() {
    let prism = Prism::shared();
    let dispute = ok(
        client(prism).disputes().retrieve("dp_123").await,
        "retrieve",
        prism,
    );
    // Prism answers with the spec's example, so the decoded values are known.
    assert_eq!(dispute.id.as_deref(), Some("dp_xxxxxxxxxxxxxxxxxx"));
    assert_eq!(dispute.object.as_deref(), Some("dispute"));
    assert_eq!(dispute.amount, Some(1000));
    assert_eq!(dispute.status, Some(DisputeStatus::WarningNeedsResponse));
    assert_eq!(
        dispute.evidence_details.and_then(|d| d.due_by),
        Some(1_671_321_599)
    );
}

#[tokio::test]
async fn update_with_evidence_metadata_and_submit_matches_the_contract() {
    let prism = Prism::shared();
    let dispute = ok(
        client(prism)
            .disputes()
            .update("dp_123", &full_update())
            .await,
        "update",
        prism,
    );
    assert_eq!(dispute.object.as_deref(), Some("dispute"));
    assert!(
        dispute.evidence.is_some(),
        "the example response has an evidence object: {dispute:?}"
    );
    // An empty update is valid too (every property of the body is optional).
    ok(
        client(prism)
            .disputes()
            .update("dp_123", &UpdateDispute::default())
            .await,
        "empty update",
        prism,
    );
}

#[tokio::test]
async fn close_matches_the_contract() {
    let prism = Prism::shared();
    let dispute = ok(
        client(prism).disputes().close("dp_123").await,
        "close",
        prism,
    );
    assert_eq!(dispute.status, Some(DisputeStatus::Lost));
}

#[tokio::test]
async fn list_with_a_body_matches_the_contract() {
    let prism = Prism::shared();
    let page = ok(
        client(prism).disputes().list(&list_body()).await,
        "list",
        prism,
    );
    assert_eq!(page.object, "list");
    assert!(!page.has_more);
    assert_eq!(page.data.len(), 1);
    assert_eq!(
        page.data[0].status,
        Some(DisputeStatus::WarningNeedsResponse)
    );
    // The stream ends after the one page, since Prism's page says there is no more.
    let all: Vec<_> = ok(
        client(prism)
            .disputes()
            .list_all(&list_body())
            .try_collect()
            .await,
        "list_all",
        prism,
    );
    assert_eq!(all, page.data);
}

#[tokio::test]
async fn schema_generated_responses_decode() {
    let prism = Prism::shared();
    let client = dynamic_client(prism);
    let disputes = client.disputes();
    // Prism invents new values for every response (nulls, absent optionals, odd numbers);
    // every one of them must decode.
    for _ in 0..15 {
        ok(
            disputes.retrieve("dp_123").await,
            "retrieve (dynamic)",
            prism,
        );
        ok(
            disputes.update("dp_123", &full_update()).await,
            "update (dynamic)",
            prism,
        );
        ok(disputes.close("dp_123").await, "close (dynamic)", prism);
        ok(disputes.list(&list_body()).await, "list (dynamic)", prism);
    }
}

#[tokio::test]
async fn prism_rejects_a_body_that_breaks_the_schema() {
    let prism = Prism::shared();
    // `submit` is a boolean in the spec; a string must be refused. This proves validation is
    // on, so the passing tests above mean something.
    let response = reqwest::Client::new()
        .post(format!("{}/v1/disputes/dp_123", prism.base_url()))
        .basic_auth("sk_test_x", None::<&str>)
        .header("accept", "application/json")
        .header("content-type", "application/json")
        .body(r#"{"submit":"yes"}"#)
        .send()
        .await
        .expect("Prism answers");
    assert_eq!(
        response.status().as_u16(),
        422,
        "Prism's output:\n{}",
        prism.output()
    );
    let problem: Value = response.json().await.expect("a problem+json body");
    let text = problem.to_string();
    assert!(
        text.contains("submit") && text.contains("boolean"),
        "the validation error names the field and type: {text}"
    );

    // The same body with a boolean passes, so the 422 is about the type, nothing else.
    let response = reqwest::Client::new()
        .post(format!("{}/v1/disputes/dp_123", prism.base_url()))
        .basic_auth("sk_test_x", None::<&str>)
        .header("accept", "application/json")
        .header("content-type", "application/json")
        .body(r#"{"submit":true}"#)
        .send()
        .await
        .expect("Prism answers");
    assert_eq!(
        response.status().as_u16(),
        200,
        "Prism's output:\n{}",
        prism.output()
    );
}

/// The normalized document means what the generator intends: optional properties may be
/// `null` (`nullable: true`), and a `$ref` wrapped into `allOf` (to keep its sibling
/// description) still validates the referenced schema.
#[tokio::test]
async fn the_normalized_document_validates_as_intended() {
    let prism = Prism::shared();
    let http = reqwest::Client::new();
    let cases = [
        (r#"{"evidence":null,"metadata":null,"submit":null}"#, 200),
        (
            r#"{"evidence":{"customer_name":null,"receipt":"file_1"}}"#,
            200,
        ),
        (r#"{"metadata":{"any":{"nested":[1,true]}}}"#, 200),
        (r#"{"evidence":{"customer_name":5}}"#, 422),
        (r#"{"evidence":"a string"}"#, 422),
        (r#"{"metadata":[]}"#, 422),
    ];
    for (body, expected) in cases {
        let response = http
            .post(format!("{}/v1/disputes/dp_123", prism.base_url()))
            .basic_auth("sk_test_x", None::<&str>)
            .header("accept", "application/json")
            .header("content-type", "application/json")
            .body(body)
            .send()
            .await
            .expect("Prism answers");
        let status = response.status().as_u16();
        let text = response.text().await.unwrap_or_default();
        assert_eq!(status, expected, "body {body}: {text}");
    }
}

#[tokio::test]
async fn prism_rejects_a_request_without_credentials() {
    let prism = Prism::shared();
    let response = reqwest::Client::new()
        .get(format!("{}/v1/disputes/dp_123", prism.base_url()))
        .header("accept", "application/json")
        .header("content-type", "application/json")
        .send()
        .await
        .expect("Prism answers");
    assert_eq!(
        response.status().as_u16(),
        401,
        "Prism's output:\n{}",
        prism.output()
    );
}

/// Through the client: a document where `submit` is a string makes the client's (correct)
/// boolean invalid; Prism's 422 must come back as `Error::Api` with the raw problem body.
#[tokio::test]
async fn a_rejected_request_surfaces_as_an_api_error() {
    let mut document: Value = serde_json::from_slice(
        &std::fs::read(prism::generated_document()).expect("generated-client/openapi.json exists"),
    )
    .expect("the normalized document is JSON");
    let submit = document
        .pointer_mut("/paths/~1v1~1disputes~1{id}/post/requestBody/content/application~1json/schema/properties/submit")
        .expect("the update body has a `submit` property");
    *submit = json!({"type": "string", "enum": ["only-this"]});
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("openapi.json");
    std::fs::write(&path, serde_json::to_vec_pretty(&document).unwrap()).unwrap();
    let strict = Prism::start(&path);

    let error = client(&strict)
        .disputes()
        .update(
            "dp_123",
            &UpdateDispute {
                submit: Some(true),
                ..Default::default()
            },
        )
        .await
        .expect_err("Prism must reject a boolean `submit` in this document");
    let Error::Api(api) = &error else {
        panic!("expected Error::Api, got {error:?}")
    };
    assert_eq!(api.status, 422, "{error}");
    assert!(
        api.body.contains("submit"),
        "the raw body names the field: {}",
        api.body
    );
    assert_eq!(error.status(), Some(422));
    assert!(error.to_string().contains("422"), "{error}");
}

#[tokio::test]
async fn the_prism_disputes_example_runs() {
    let prism = Prism::shared();
    if let Err(error) = prism_disputes_example::run(prism.base_url(), "sk_test_x").await {
        panic!(
            "the example failed: {error}\n--- Prism's output:\n{}",
            prism.output()
        );
    }
}
