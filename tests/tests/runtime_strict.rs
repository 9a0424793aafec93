//! Strict decoding against a raw TCP server: an object type needs a JSON object, and nothing
//! may follow the value.

use std::time::Duration;

use wooshpay::{Client, Error};
use wooshpay_tests::raw_http::{RawResponse, RawServer};

async fn retrieve(body: &str) -> Result<wooshpay::Dispute, Error> {
    let server = RawServer::start(RawResponse::json(body)).await;
    let client = Client::builder("sk_test_x")
        .base_url(server.uri())
        .max_retries(0)
        .timeout(Duration::from_secs(5))
        .build()
        .expect("client");
    client.disputes().retrieve("dp_1").await
}

fn decode_message(result: Result<wooshpay::Dispute, Error>) -> String {
    match result {
        Err(Error::Decode(e)) => e.message,
        other => panic!("expected a decode error, got {other:?}"),
    }
}

#[tokio::test]
async fn an_array_is_not_an_object() {
    // serde's derived visitor would take both as a `Dispute` (fields in declaration order).
    let message = decode_message(retrieve("[]").await);
    assert!(
        message.contains("expected a JSON object, found an array"),
        "{message}"
    );
    let message = decode_message(retrieve(r#"["dp_evil","dispute",100]"#).await);
    assert!(message.contains("found an array"), "{message}");
    for body in [r#""dp_1""#, "42", "true", "null"] {
        let message = decode_message(retrieve(body).await);
        assert!(
            message.contains("expected a JSON object"),
            "{body}: {message}"
        );
    }
}

#[tokio::test]
async fn trailing_data_is_rejected() {
    for body in [
        r#"{"id":"a"}{"id":"b"}"#,
        r#"{"id":"a"} xyz"#,
        r#"{"id":"a"}]"#,
    ] {
        let message = decode_message(retrieve(body).await);
        assert!(message.contains("trailing"), "{body}: {message}");
    }
    // Whitespace after the value is fine.
    let dispute = retrieve("{\"id\":\"a\"} \r\n").await.expect("decodes");
    assert_eq!(dispute.id.as_deref(), Some("a"));
}

#[tokio::test]
async fn a_list_walk_rejects_an_array_page() {
    let server = RawServer::start(RawResponse::json("[[],false]")).await;
    let client = Client::builder("sk_test_x")
        .base_url(server.uri())
        .max_retries(0)
        .build()
        .expect("client");
    let error = client
        .disputes()
        .list(&Default::default())
        .await
        .expect_err("an array is not a list object");
    assert!(matches!(error, Error::Decode(_)), "{error:?}");
}
