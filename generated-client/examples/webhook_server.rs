// Copied from the generator's extras (extras) by `cargo xtask regenerate`; edit it there.

//! A WooshPay webhook endpoint: checks the `Wooshpay-Signature` header of every delivery, prints
//! the dispute of `charge.dispute.*` events and answers 400 to deliveries it cannot verify.
//!
//! ```sh
//! WOOSHPAY_WEBHOOK_SECRET=whsec_... PORT=4242 cargo run -p wooshpay --example webhook_server
//! ```
//!
//! It listens on `127.0.0.1:$PORT` (4242 by default) and accepts deliveries at `POST /webhook`.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use axum::Router;
use wooshpay::webhooks::{construct_event, DEFAULT_TOLERANCE, SIGNATURE_HEADER};

/// The path deliveries are accepted at.
pub const WEBHOOK_PATH: &str = "/webhook";

/// The endpoint: `POST /webhook`, verified with the signing secret `secret` (`whsec_...`).
pub fn app(secret: String) -> Router {
    Router::new()
        .route(WEBHOOK_PATH, post(receive))
        .with_state(Arc::new(secret))
}

/// Verifies one delivery; 200 with a one-line summary when it is genuine, 400 with the reason
/// otherwise.
async fn receive(
    State(secret): State<Arc<String>>,
    headers: HeaderMap,
    body: Bytes,
) -> (StatusCode, String) {
    // A header that is not valid text is kept as lossy text so it is reported as malformed.
    let signature = headers
        .get(SIGNATURE_HEADER)
        .map(|value| String::from_utf8_lossy(value.as_bytes()).into_owned())
        .unwrap_or_default();
    let event = match construct_event(&body, &signature, &secret, DEFAULT_TOLERANCE) {
        Ok(event) => event,
        Err(error) => {
            eprintln!("rejected a delivery: {error}");
            return (StatusCode::BAD_REQUEST, format!("{error}\n"));
        }
    };
    let summary = if event.type_.is_dispute() {
        match event.data_object::<wooshpay::Dispute>() {
            Ok(dispute) => format!(
                "{} {}: dispute {} of charge {} is {}, {} {}",
                event.type_,
                event.id,
                dispute.id,
                dispute.charge.as_deref().unwrap_or("?"),
                dispute
                    .status
                    .as_ref()
                    .map_or("?".to_owned(), |s| s.to_string()),
                dispute.amount.map_or("?".to_owned(), |a| a.to_string()),
                dispute.currency.as_deref().unwrap_or("?"),
            ),
            Err(error) => {
                eprintln!("{} {}: {error}", event.type_, event.id);
                return (StatusCode::BAD_REQUEST, format!("{error}\n"));
            }
        }
    } else {
        format!("{} {}: not a dispute event, ignored", event.type_, event.id)
    };
    println!("{summary}");
    (StatusCode::OK, format!("{summary}\n"))
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let secret = std::env::var("WOOSHPAY_WEBHOOK_SECRET")
        .map_err(|_| "set WOOSHPAY_WEBHOOK_SECRET to the endpoint's signing secret (whsec_...)")?;
    let port: u16 = match std::env::var("PORT") {
        Ok(port) => port
            .parse()
            .map_err(|_| format!("PORT is not a port number: {port:?}"))?,
        Err(_) => 4242,
    };
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", port)).await?;
    println!(
        "listening on http://{}{WEBHOOK_PATH}",
        listener.local_addr()?
    );
    axum::serve(listener, app(secret)).await?;
    Ok(())
}
