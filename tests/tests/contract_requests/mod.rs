//! The client's requests of the contract tests, shared by the binaries that check them
//! against a Prism: `contract_prism.rs` (the generator's normalized document) and
//! `contract_as_written.rs` (the specs as written, merged but not normalized). Each binary
//! defines `crate::contract_prism()`, the server these tests talk to.

use std::time::Duration;

use serde_json::json;
use wooshpay::{
    Client, DisputeEvidence, DisputeStatus, Error, ListDisputes, ListDisputesCreated, UpdateDispute,
};
use wooshpay_tests::prism::Prism;

/// The example users run against Prism (`cargo run -p wooshpay --example prism_disputes`).
#[allow(dead_code)]
#[path = "../../../xtask/extras/examples/prism_disputes.rs"]
mod prism_disputes_example;

/// A client for the shared Prism, with short retries so a failure shows quickly.
pub(crate) fn client(prism: &Prism) -> Client {
    Client::builder("sk_test_x")
        .base_url(prism.base_url())
        .backoff(Duration::from_millis(10), Duration::from_millis(50))
        .timeout(Duration::from_secs(20))
        .build()
        .expect("client builds")
}

/// A client asking Prism for responses generated from the schemas instead of the examples.
pub(crate) fn dynamic_client(prism: &Prism) -> Client {
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
pub(crate) fn ok<T>(result: Result<T, Error>, what: &str, prism: &Prism) -> T {
    match result {
        Ok(value) => value,
        Err(error) => panic!(
            "{what} failed: {error}\n{error:?}\n--- Prism's output:\n{}",
            prism.output()
        ),
    }
}

pub(crate) fn full_update() -> UpdateDispute {
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

pub(crate) fn list_body() -> ListDisputes {
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
    let prism = crate::contract_prism();
    let dispute = ok(
        client(prism).disputes().retrieve("dp_123").await,
        "retrieve",
        prism,
    );
    // Prism answers with the spec's example, so the decoded values are known.
    assert_eq!(dispute.id, "dp_xxxxxxxxxxxxxxxxxx");
    assert_eq!(dispute.object, "dispute");
    assert_eq!(dispute.amount, Some(1000));
    assert_eq!(dispute.status, Some(DisputeStatus::WarningNeedsResponse));
    assert_eq!(
        dispute.evidence_details.and_then(|d| d.due_by),
        Some(1_671_321_599)
    );
}

#[tokio::test]
async fn update_with_evidence_metadata_and_submit_matches_the_contract() {
    let prism = crate::contract_prism();
    let dispute = ok(
        client(prism)
            .disputes()
            .update("dp_123", &full_update())
            .await,
        "update",
        prism,
    );
    assert_eq!(dispute.object, "dispute");
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
    let prism = crate::contract_prism();
    let dispute = ok(
        client(prism).disputes().close("dp_123").await,
        "close",
        prism,
    );
    assert_eq!(dispute.status, Some(DisputeStatus::Lost));
}

#[tokio::test]
async fn list_with_a_body_matches_the_contract() {
    let prism = crate::contract_prism();
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
    let prism = crate::contract_prism();
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
async fn the_prism_disputes_example_runs() {
    let prism = crate::contract_prism();
    if let Err(error) = prism_disputes_example::run(prism.base_url(), "sk_test_x").await {
        panic!(
            "the example failed: {error}\n--- Prism's output:\n{}",
            prism.output()
        );
    }
}
