//! The client's requests of the payment-flow contract tests (payment intents, refunds,
//! balance, checkout sessions, webhook endpoints), shared by the binaries that check them
//! against a Prism: `contract_prism_payments.rs` (the generator's normalized document) and
//! `contract_as_written.rs` (the specs as written, merged but not normalized). Each binary
//! defines `crate::contract_prism()`, the server these tests talk to.
//!
//! Prism refuses (4xx) any request that does not match its document, so each passing call shows
//! the client sends what the spec says; each response (the spec's example, or one Prism
//! generates from the schema with `Prefer: dynamic=true`) must decode into the generated types.

use std::time::Duration;

use serde_json::json;
use wooshpay::{
    Address, BoolOrString, CancelPaymentIntent, CaptureMethod, CapturePaymentIntent,
    CheckoutSession, CheckoutSessionMode, Client, ConfirmPaymentIntent, CreatePaymentIntent, Error,
    ListRequest, PaymentIntent, PaymentIntentNextAction, PaymentIntentPaymentMethodTypes,
    PaymentIntentStatus, PaymentMethodData, PaymentMethodDataCard, PaymentMethodDataType,
    RefundStatus, SearchPaymentIntents, UpdatePaymentIntent,
};
use wooshpay_tests::prism::Prism;

/// The example users run against Prism (`cargo run -p wooshpay --example prism_checkout_refund`).
#[allow(dead_code)]
#[path = "../../../xtask/extras/examples/prism_checkout_refund.rs"]
mod prism_checkout_refund_example;

/// A client of `prism`, with short retries so a failure shows quickly.
pub(crate) fn client(prism: &Prism) -> Client {
    builder(prism).build().expect("client builds")
}

pub(crate) fn builder(prism: &Prism) -> wooshpay::ClientBuilder {
    Client::builder("sk_test_x")
        .base_url(prism.base_url())
        .backoff(Duration::from_millis(10), Duration::from_millis(50))
        .timeout(Duration::from_secs(20))
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

pub(crate) fn card() -> PaymentMethodData {
    PaymentMethodData {
        r#type: PaymentMethodDataType::Card,
        card: Some(PaymentMethodDataCard {
            number: Some("4111111111111111".into()),
            exp_month: Some("03".into()),
            exp_year: Some("2027".into()),
            cvc: Some("123".into()),
            ..Default::default()
        }),
        billing_details: None,
        sepa_debit: None,
        wechat_pay: None,
        alipayplus: None,
        mobile_money: None,
    }
}

pub(crate) fn create_body() -> CreatePaymentIntent {
    CreatePaymentIntent {
        confirm: Some(true),
        payment_method_data: Some(card()),
        merchant_order_id: Some("order-6735".into()),
        merchant_user_id: Some("user-42".into()),
        capture_method: Some("manual".into()),
        return_url: Some("https://shop.example/return".into()),
        metadata: Some([("cart".to_owned(), json!("c_1"))].into_iter().collect()),
        ..CreatePaymentIntent::new(1999, "USD")
    }
}

#[tokio::test]
async fn payment_intent_create_retrieve_update_match_the_contract() {
    let prism = crate::contract_prism();
    let client = client(prism);
    let intents = client.payment_intents();
    let created = ok(intents.create(&create_body()).await, "create", prism);
    // Prism answers with the spec's example (the Direct API guide's response).
    assert_eq!(created.id, "pi_1583366366029676544");
    assert_eq!(created.status, Some(PaymentIntentStatus::Succeeded));
    assert_eq!(
        created.next_action,
        Some(PaymentIntentNextAction::String(String::new()))
    );

    let retrieved = ok(
        intents.retrieve("pi_1604012360740110336").await,
        "retrieve",
        prism,
    );
    assert_eq!(
        retrieved.merchant_order_id.as_deref(),
        Some("Order112344343")
    );
    assert_eq!(
        retrieved.payment_method_types,
        Some(PaymentIntentPaymentMethodTypes::String(
            r#"["wechat_pay","alipay","card"]"#.into()
        ))
    );
    assert_eq!(retrieved.three_d_secure_status, None);

    let update = UpdatePaymentIntent {
        description: Some("two pairs of socks".into()),
        quantity: Some(2),
        shipping: Some(wooshpay::PaymentIntentShipping {
            address: Some(Address {
                country: Some("FR".into()),
                city: Some("Lyon".into()),
                ..Default::default()
            }),
            ..wooshpay::PaymentIntentShipping::new("Jane Doe")
        }),
        ..Default::default()
    };
    let updated = ok(intents.update("pi_1", &update).await, "update", prism);
    assert_eq!(updated.amount, 10);
    // Every field of the update body is optional.
    ok(
        intents
            .update("pi_1", &UpdatePaymentIntent::default())
            .await,
        "empty update",
        prism,
    );
}

#[tokio::test]
async fn payment_intent_confirm_capture_cancel_match_the_contract() {
    let prism = crate::contract_prism();
    let client = client(prism);
    let intents = client.payment_intents();
    let confirm = ConfirmPaymentIntent {
        payment_method_data: Some(card()),
        // The confirm page's form, a string; the boolean form is in tests/tests/contract_fidelity.rs.
        off_session: Some(BoolOrString::String("false".into())),
        error_on_requires_action: Some(BoolOrString::String("true".into())),
        ..Default::default()
    };
    let confirmed = ok(intents.confirm("pi_1", &confirm).await, "confirm", prism);
    assert_eq!(confirmed.currency, "USD");

    let captured = ok(
        intents
            .capture(
                "pi_1693466278934609920",
                &CapturePaymentIntent {
                    amount_to_capture: Some(8000),
                },
            )
            .await,
        "capture",
        prism,
    );
    assert_eq!(captured.capture_method, Some(CaptureMethod::Manual));
    let Some(PaymentIntentNextAction::NextAction(action)) = &captured.next_action else {
        panic!("the capture example has a next_action object: {captured:?}")
    };
    assert_eq!(action.r#type.as_deref(), Some("challenge_redirect"));
    ok(
        intents
            .capture("pi_1", &CapturePaymentIntent::default())
            .await,
        "capture everything",
        prism,
    );

    ok(
        intents
            .cancel(
                "pi_1",
                &CancelPaymentIntent {
                    cancellation_reason: "requested_by_customer".into(),
                },
            )
            .await,
        "cancel",
        prism,
    );
}

#[tokio::test]
async fn payment_intent_list_and_search_match_the_contract() {
    let prism = crate::contract_prism();
    let client = client(prism);
    let intents = client.payment_intents();
    let filters = ListRequest {
        limit: Some(3),
        created: Some(wooshpay::ListRequestCreated {
            gte: Some("1671261323000".into()),
            ..Default::default()
        }),
        ..Default::default()
    };
    let page = ok(intents.list(&filters).await, "list", prism);
    assert_eq!(page.has_more, Some(false));
    let data = page.data.clone();
    assert_eq!(data.len(), 1);
    let all: Vec<PaymentIntent> = ok(
        intents.list_all(&filters).try_collect().await,
        "list_all",
        prism,
    );
    assert_eq!(all, data);

    let found = ok(
        intents
            .search(&SearchPaymentIntents {
                query: "merchant_order_id:'Order112344343'".into(),
                limit: Some(10),
            })
            .await,
        "search",
        prism,
    );
    assert_eq!(
        found.data[0].merchant_order_id.as_deref(),
        Some("Order112344343")
    );
}

/// Prism validates the bodies: a create without `amount`, or with a string amount, is refused,
/// and so is a cancel without its required reason. This shows validation is on, so the
/// passing tests above mean something.
#[tokio::test]
async fn prism_refuses_payment_bodies_that_break_the_schema() {
    let prism = crate::contract_prism();
    let http = reqwest::Client::new();
    let cases = [
        ("/v1/payment_intents", r#"{"currency":"USD"}"#, 422),
        (
            "/v1/payment_intents",
            r#"{"amount":"10","currency":"USD"}"#,
            422,
        ),
        (
            "/v1/payment_intents",
            r#"{"amount":10,"currency":"USD","payment_method_data":{"type":"cash"}}"#,
            422,
        ),
        (
            "/v1/payment_intents",
            r#"{"amount":10,"currency":"USD"}"#,
            200,
        ),
        ("/v1/payment_intents/pi_1/cancel", r#"{}"#, 422),
        (
            "/v1/payment_intents/pi_1/capture",
            r#"{"amount_to_capture":"all"}"#,
            422,
        ),
    ];
    for (path, body, expected) in cases {
        let response = http
            .post(format!("{}{path}", prism.base_url()))
            .basic_auth("sk_test_x", None::<&str>)
            .header("accept", "application/json")
            .header("content-type", "application/json")
            .body(body)
            .send()
            .await
            .expect("Prism answers");
        let status = response.status().as_u16();
        let text = response.text().await.unwrap_or_default();
        assert_eq!(status, expected, "POST {path} {body}: {text}");
    }
}

pub(crate) fn session_body() -> wooshpay::CreateSession {
    wooshpay::CreateSession {
        mode: Some("payment".into()),
        payment_method_types: Some(vec!["alipay".into(), "unionpay".into()]),
        client_reference_id: Some("order-6735".into()),
        line_items: Some(vec![wooshpay::CreateSessionLineItemsItem {
            quantity: Some(1),
            price_data: Some(wooshpay::CreateSessionLineItemsItemPriceData {
                currency: Some("CNY".into()),
                unit_amount: Some(1999),
                product_data: Some(wooshpay::CreateSessionLineItemsItemPriceDataProductData {
                    name: "Top-up".into(),
                    active: None,
                    description: None,
                    metadata: None,
                    url: None,
                }),
                ..Default::default()
            }),
        }]),
        metadata: Some(
            [("order_id".to_owned(), json!("order-6735"))]
                .into_iter()
                .collect(),
        ),
        ..wooshpay::CreateSession::new("https://shop.example/cart", "https://shop.example/paid")
    }
}

pub(crate) fn refund_body() -> wooshpay::CreateRefund {
    wooshpay::CreateRefund {
        payment_intent: Some("pi_1".into()),
        // WooshPay types the refund amount as a string.
        amount: Some(500),
        reason: Some(wooshpay::CreateRefundReason::RequestedByCustomer),
        metadata: None,
    }
}

pub(crate) fn webhook_body() -> wooshpay::CreateWebhook {
    wooshpay::CreateWebhook {
        url: "https://shop.example/webhooks/wooshpay".into(),
        enabled_events: vec![
            "payment_intent.succeeded".into(),
            "checkout.session.completed".into(),
            "charge.refund.updated".into(),
        ],
        description: Some("orders".into()),
        api_version: None,
        metadata: None,
    }
}

#[tokio::test]
async fn refunds_and_balance_match_the_contract() {
    let prism = crate::contract_prism();
    let client = client(prism);
    // The create page has no response example: Prism answers from the Refund schema, which
    // must decode.
    ok(
        client.refunds().create(&refund_body()).await,
        "refund create",
        prism,
    );
    ok(
        client
            .refunds()
            .create(&wooshpay::CreateRefund::default())
            .await,
        "empty refund create",
        prism,
    );
    let refund = ok(
        client
            .refunds()
            .retrieve("re_3KQu4U2eZvKYlo2C02Ndp8xy")
            .await,
        "refund retrieve",
        prism,
    );
    assert_eq!(refund.amount, Some(100));
    assert_eq!(refund.status, Some(RefundStatus::Succeeded));

    let balance = ok(client.balance().get().await, "balance", prism);
    let available = balance.available.unwrap_or_default();
    assert_eq!(available.len(), 3);
    assert_eq!(available[2].amount, Some(-62));
}

#[tokio::test]
async fn checkout_sessions_match_the_contract() {
    let prism = crate::contract_prism();
    let client = client(prism);
    let sessions = client.checkout_sessions();
    let created = ok(
        sessions.create(&session_body()).await,
        "session create",
        prism,
    );
    assert_eq!(created.object, "checkout.session");
    assert_eq!(created.mode, Some(CheckoutSessionMode::Setup));

    let session = ok(
        sessions.retrieve("cs_1766032392423735296").await,
        "session retrieve",
        prism,
    );
    let lines = session.line_items.map(|l| l.data).unwrap_or_default();
    assert_eq!(
        lines[0].price.as_ref().and_then(|p| p.unit_amount),
        Some(2000)
    );
    assert_eq!(
        session.billing_address_collection,
        Some(wooshpay::CheckoutSessionBillingAddressCollection::Auto)
    );

    ok(sessions.expire("cs_1").await, "session expire", prism);

    let filters = wooshpay::ListCheckoutSessions {
        limit: Some(5),
        payment_intent: Some("pi_1766032397326876672".into()),
        customer_details: Some(wooshpay::ListCheckoutSessionsCustomerDetails {
            email: "jane@example.com".into(),
        }),
        ..Default::default()
    };
    let page = ok(sessions.list(&filters).await, "session list", prism);
    let all: Vec<CheckoutSession> = ok(
        sessions.list_all(&filters).try_collect().await,
        "session list_all",
        prism,
    );
    assert_eq!(all, page.data);
}

#[tokio::test]
async fn webhook_endpoints_match_the_contract() {
    let prism = crate::contract_prism();
    let client = client(prism);
    let webhooks = client.webhook_endpoints();
    let endpoint = ok(
        webhooks.create(&webhook_body()).await,
        "webhook create",
        prism,
    );
    assert!(endpoint
        .secret
        .as_deref()
        .unwrap_or_default()
        .starts_with("whsec_"));
    let endpoint = ok(
        webhooks.retrieve("we_1M3fqHHTdYyGj2Y6LeGVaamQ").await,
        "webhook retrieve",
        prism,
    );
    assert_eq!(
        endpoint.status,
        Some(wooshpay::WebhookEndpointStatus::Enabled)
    );
    let params = wooshpay::ListWebhooks {
        limit: Some(2),
        ..Default::default()
    };
    let page = ok(webhooks.list(&params).await, "webhook list", prism);
    assert_eq!(page.data.len(), 1);
    let all: Vec<wooshpay::WebhookEndpoint> = ok(
        webhooks.list_all(&params).try_collect().await,
        "webhook list_all",
        prism,
    );
    assert_eq!(all, page.data);
}

#[tokio::test]
async fn the_checkout_then_refund_example_runs() {
    let prism = crate::contract_prism();
    if let Err(error) = prism_checkout_refund_example::run(prism.base_url(), "sk_test_x").await {
        panic!(
            "the example failed: {error}\n--- Prism's output:\n{}",
            prism.output()
        );
    }
}
