// Copied from the generator's extras (extras) by `cargo xtask regenerate`; edit it there.

//! Calls the four dispute operations against a mock server: retrieve, update (evidence,
//! metadata, submit), close, and list (one page, then every page with `list_all`).
//!
//! Start Prism on the crate's normalized OpenAPI document, from the crate's folder (Node.js
//! needed; the same release the repository's contract tests pin in `tests/prism`):
//!
//! ```sh
//! npx --yes @stoplight/prism-cli@5.16.0 mock --errors -h 127.0.0.1 -p 4010 openapi.json
//! ```
//!
//! then, in another terminal, from the same folder:
//!
//! ```sh
//! cargo run --example prism_disputes
//! ```
//!
//! `WOOSHPAY_BASE_URL` chooses the server (default `http://127.0.0.1:4010`) and
//! `WOOSHPAY_SECRET_KEY` the key (default `sk_test_x`; Prism only checks that one is sent).

use std::time::Duration;

use wooshpay::{Client, DisputeEvidence, ListDisputes, ListDisputesCreated, UpdateDispute};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let base_url =
        std::env::var("WOOSHPAY_BASE_URL").unwrap_or_else(|_| "http://127.0.0.1:4010".to_owned());
    let secret_key =
        std::env::var("WOOSHPAY_SECRET_KEY").unwrap_or_else(|_| "sk_test_x".to_owned());
    run(&base_url, &secret_key).await
}

/// Retrieves, updates, closes and lists disputes on the server at `base_url`.
pub async fn run(base_url: &str, secret_key: &str) -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::builder(secret_key)
        .base_url(base_url)
        .timeout(Duration::from_secs(10))
        .max_retries(1)
        .build()?;
    println!("talking to {base_url} as {}", client.user_agent());
    let disputes = client.disputes();

    let dispute = disputes.retrieve("dp_123").await?;
    println!(
        "retrieve: {:?} {:?} {:?} {:?}",
        dispute.id, dispute.status, dispute.amount, dispute.currency
    );

    let update = UpdateDispute {
        evidence: Some(DisputeEvidence {
            customer_name: Some("Jane Doe".into()),
            product_description: Some("A pair of wool socks".into()),
            shipping_tracking_number: Some("1Z999AA10123456784".into()),
            ..Default::default()
        }),
        metadata: Some(
            [("order_id".to_owned(), serde_json::json!("6735"))]
                .into_iter()
                .collect(),
        ),
        submit: Some(true),
    };
    let dispute = disputes.update("dp_123", &update).await?;
    println!("update: {:?} {:?}", dispute.id, dispute.status);

    let dispute = disputes.close("dp_123").await?;
    println!("close: {:?} {:?}", dispute.id, dispute.status);

    let query = ListDisputes {
        limit: Some(3),
        created: Some(ListDisputesCreated {
            gte: Some(1_669_000_000),
            ..Default::default()
        }),
        ..Default::default()
    };
    let page = disputes.list(&query).await?;
    println!(
        "list: {} dispute(s), has_more = {}",
        page.data.len(),
        page.has_more
    );
    let all: Vec<_> = disputes.list_all(&query).try_collect().await?;
    println!("list_all: {} dispute(s) in total", all.len());
    Ok(())
}
