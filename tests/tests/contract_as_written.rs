//! Contract tests against the specs as written: the same client requests as
//! `contract_prism.rs` (shared through `contract_requests/`), validated by a Prism that mocks
//! the specs merged across files but not normalized, so a request the generator's widened
//! document accepts but the real spec rejects fails here. A second test pins exactly how the
//! normalized document may differ from the specs as written.

use wooshpay_tests::prism::Prism;

mod contract_requests;

/// The Prism the shared request tests (`contract_requests`) talk to: the one mocking the specs
/// as written.
fn contract_prism() -> &'static Prism {
    Prism::shared_as_written()
}

/// Sends `body` as the update of dispute `dp_123` and returns Prism's status and body.
async fn post_update(prism: &Prism, body: &str) -> (u16, String) {
    let response = reqwest::Client::new()
        .post(format!("{}/v1/disputes/dp_123", prism.base_url()))
        .basic_auth("sk_test_x", None::<&str>)
        .header("accept", "application/json")
        .header("content-type", "application/json")
        .body(body.to_owned())
        .send()
        .await
        .expect("Prism answers");
    let status = response.status().as_u16();
    (status, response.text().await.unwrap_or_default())
}

/// The as-written Prism validates requests (so the shared tests passing here mean something),
/// and it is stricter than the normalized one exactly where the normalizer widens: `null` for
/// an optional property is refused as written and accepted by the normalized document.
#[tokio::test]
async fn the_specs_as_written_refuse_what_the_normalized_document_widens() {
    let as_written = contract_prism();
    let (status, text) = post_update(as_written, r#"{"submit":"yes"}"#).await;
    assert_eq!(status, 422, "a string `submit` is refused: {text}");
    assert!(text.contains("submit"), "the error names the field: {text}");
    let (status, text) = post_update(as_written, r#"{"submit":true}"#).await;
    assert_eq!(status, 200, "a boolean `submit` passes: {text}");

    let widened = r#"{"submit":null}"#;
    let (status, text) = post_update(as_written, widened).await;
    assert_eq!(status, 422, "as written, `submit` is not nullable: {text}");
    let normalized = Prism::shared();
    let (status, text) = post_update(normalized, widened).await;
    assert_eq!(
        status, 200,
        "the normalized document widens `submit`: {text}"
    );
}
