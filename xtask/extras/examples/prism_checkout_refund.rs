//! The payment flow against a mock server: create a Checkout Session for an order, follow it to
//! its PaymentIntent, check the payment, refund part of it, and read the refund back; then
//! handle the `checkout.session.completed` webhook WooshPay would send.
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
//! cargo run --example prism_checkout_refund
//! ```
//!
//! `WOOSHPAY_BASE_URL` chooses the server (default `http://127.0.0.1:4010`) and
//! `WOOSHPAY_SECRET_KEY` the key (default `sk_test_x`; Prism only checks that one is sent).
//! Prism answers with the examples of WooshPay's pages, so the IDs printed are theirs.

use std::time::Duration;

use wooshpay::webhooks::{construct_event_at, signature_header, EventType, DEFAULT_TOLERANCE};
use wooshpay::{
    CheckoutSession, Client, CreateRefund, CreateRefundReason, CreateSession,
    CreateSessionLineItemsItem, CreateSessionLineItemsItemPriceData,
    CreateSessionLineItemsItemPriceDataProductData, PaymentIntentStatus,
};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let base_url =
        std::env::var("WOOSHPAY_BASE_URL").unwrap_or_else(|_| "http://127.0.0.1:4010".to_owned());
    let secret_key =
        std::env::var("WOOSHPAY_SECRET_KEY").unwrap_or_else(|_| "sk_test_x".to_owned());
    run(&base_url, &secret_key).await
}

/// Takes an order through checkout and a partial refund on the server at `base_url`.
pub async fn run(base_url: &str, secret_key: &str) -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::builder(secret_key)
        .base_url(base_url)
        .timeout(Duration::from_secs(10))
        .max_retries(1)
        .build()?;
    let order_id = "order-6735";

    // 1. A hosted payment page for the order: one line, 19.99 CNY, Alipay or UnionPay.
    let session_body = CreateSession {
        mode: Some("payment".into()),
        client_reference_id: Some(order_id.into()),
        payment_method_types: Some(vec!["alipay".into(), "unionpay".into()]),
        line_items: Some(vec![CreateSessionLineItemsItem {
            quantity: Some(1),
            price_data: Some(CreateSessionLineItemsItemPriceData {
                currency: Some("CNY".into()),
                unit_amount: Some(1999),
                product_data: Some(CreateSessionLineItemsItemPriceDataProductData {
                    name: "Top-up".into(),
                    active: None,
                    description: None,
                    metadata: None,
                    url: None,
                }),
                ..Default::default()
            }),
        }]),
        ..CreateSession::new(
            "https://shop.example/cart",
            "https://shop.example/orders/6735/paid",
        )
    };
    // The order ID as the idempotency key: retrying after a lost answer cannot create a second
    // session.
    let session = client
        .checkout_sessions()
        .create(&session_body)
        .idempotency_key(format!("checkout-{order_id}"))
        .await?;
    println!(
        "checkout session {:?}: send the customer to {:?}",
        session.id, session.url
    );

    // 2. Later (on the webhook, or when the customer comes back): the session and its payment.
    // The success URL alone proves nothing; the PaymentIntent's status does.
    let session = client.checkout_sessions().retrieve(&session.id).await?;
    let payment_intent_id = session
        .payment_intent
        .clone()
        .ok_or("the session has no PaymentIntent yet")?;
    let payment = client
        .payment_intents()
        .retrieve(&payment_intent_id)
        .await?;
    println!(
        "payment {:?}: {:?}, {} {} (merchant order {:?})",
        payment.id, payment.status, payment.amount, payment.currency, payment.merchant_order_id
    );
    if payment.status != Some(PaymentIntentStatus::Succeeded) {
        return Err(format!(
            "payment {payment_intent_id} is not paid: {:?}",
            payment.status
        )
        .into());
    }

    // 3. Refund part of it. WooshPay types the refund amount as a string of minor units.
    let refund = client
        .refunds()
        .create(&CreateRefund {
            payment_intent: Some(payment_intent_id.clone()),
            amount: Some(500),
            reason: Some(CreateRefundReason::RequestedByCustomer),
            metadata: None,
        })
        .idempotency_key(format!("refund-{order_id}-1"))
        .await?;
    println!("refund created: {:?} {:?}", refund.id, refund.status);
    let refund = client.refunds().retrieve(&refund.id).await?;
    println!(
        "refund {:?}: {:?} {:?} {:?}",
        refund.id, refund.status, refund.amount, refund.currency
    );

    // 4. The webhook WooshPay sends when the session is paid, signed as WooshPay signs it (with
    // the endpoint's secret), checked and decoded as a webhook endpoint would.
    let secret = "whsec_test_secret";
    let now = 1_754_650_104;
    let payload = serde_json::to_vec(&serde_json::json!({
        "id": "evt_1", "object": "event", "type": "checkout.session.completed",
        "data": {"object": {
            "id": session.id, "object": "checkout.session", "created": session.created,
            "status": "complete",
            "payment_status": "paid", "payment_intent": session.payment_intent,
            "amount_total": session.amount_total, "currency": session.currency,
        }}
    }))?;
    let header = signature_header(
        &payload,
        secret,
        wooshpay::timestamps::from_unix_seconds(now),
    );
    let event = construct_event_at(&payload, &header, secret, DEFAULT_TOLERANCE, now)?;
    if event.type_ == EventType::CheckoutSessionCompleted {
        let completed: CheckoutSession = event.data_object()?;
        println!(
            "webhook {}: session {:?} completed, PaymentIntent {:?}",
            event.id, completed.id, completed.payment_intent
        );
    }
    Ok(())
}
