//! Contract tests of what issue 21 (items 2 and 7) added to the payment specs: the generated
//! client's requests against Prism with request validation on, in both of the suite's modes:
//! the normalized document (`generated-client/openapi.json`, `Prism::shared`) and the specs as
//! written (`Prism::shared_as_written`). Each request test runs in both; raw bodies that break
//! the new schemas show that both Prisms check them.

use serde_json::json;
use wooshpay::{
    BoolOrString, CaptureMethod, CardOptions, CheckoutSessionMode, ConfirmPaymentIntent,
    CreatePaymentIntent, CreateRefund, CreateSession, CreateSessionLineItemsItem,
    CreateSessionLineItemsItemPriceData, CreateSessionLineItemsItemPriceDataProductData,
    CreateSessionPaymentIntentData, PaymentMethodData, PaymentMethodDataCard,
    PaymentMethodDataMobileMoney, PaymentMethodDataType, PaymentMethodOptions,
    WebhookEndpointStatus,
};
use wooshpay_tests::contract::{client, ok, post_json as post};
use wooshpay_tests::prism::Prism;

fn card() -> PaymentMethodData {
    PaymentMethodData {
        r#type: wooshpay::PaymentMethodDataType::Card,
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

/// Confirm with the fields inferred from the create page, and its flags in both forms.
async fn confirm_with_both_flag_forms(prism: &Prism) {
    let client = client(prism);
    let intents = client.payment_intents();
    let boolean = ConfirmPaymentIntent {
        payment_method: Some("pm_1604012357044928512".into()),
        return_url: Some("https://shop.example/back".into()),
        payment_method_options: Some(PaymentMethodOptions {
            card: Some(CardOptions {
                request_three_d_secure: Some("any".into()),
                capture_method: Some(CaptureMethod::Automatic),
            }),
        }),
        off_session: Some(BoolOrString::Bool(false)),
        error_on_requires_action: Some(BoolOrString::Bool(true)),
        ..Default::default()
    };
    let confirmed = ok(
        intents.confirm("pi_1", &boolean).await,
        "confirm (bool)",
        prism,
    );
    assert_eq!(confirmed.currency, "USD");
    let text = ConfirmPaymentIntent {
        payment_method_data: Some(card()),
        off_session: Some(BoolOrString::String("true".into())),
        error_on_requires_action: Some(BoolOrString::String("false".into())),
        ..Default::default()
    };
    ok(
        intents.confirm("pi_1", &text).await,
        "confirm (text)",
        prism,
    );
}

/// A create paying by mobile money (as integration code does) with the page's `off-session`.
async fn create_with_mobile_money(prism: &Prism) {
    let body = CreatePaymentIntent {
        confirm: Some(true),
        off_session: Some(false),
        capture_method: Some(CaptureMethod::Automatic),
        payment_method_data: Some(PaymentMethodData {
            r#type: PaymentMethodDataType::MobileMoney,
            mobile_money: Some(PaymentMethodDataMobileMoney {
                phone_number: Some("250788123456".into()),
                provider_code: Some("mtn_rw".into()),
            }),
            card: None,
            billing_details: None,
            sepa_debit: None,
            wechat_pay: None,
            alipayplus: None,
        }),
        return_url: Some("https://app.example/payment/complete".into()),
        ..CreatePaymentIntent::new(1000, "RWF")
    };
    let created = ok(
        client(prism).payment_intents().create(&body).await,
        "create (mobile money)",
        prism,
    );
    assert!(created.id.starts_with("pi_"));
}

/// A session with what integrations send besides the guide's fields.
async fn session_with_integration_fields(prism: &Prism) {
    let body = CreateSession {
        mode: Some(CheckoutSessionMode::Payment),
        line_items: Some(vec![CreateSessionLineItemsItem {
            quantity: Some(1),
            price_data: Some(CreateSessionLineItemsItemPriceData {
                currency: Some("GBP".into()),
                unit_amount: Some(500),
                product_data: Some(CreateSessionLineItemsItemPriceDataProductData {
                    name: "Order 6735".into(),
                    active: None,
                    description: None,
                    metadata: None,
                    url: None,
                }),
                ..Default::default()
            }),
        }]),
        payment_intent_data: Some(CreateSessionPaymentIntentData {
            billing_details: Some(wooshpay::BillingDetails {
                name: Some("Ada".into()),
                ..Default::default()
            }),
            shipping: Some(wooshpay::Shipping {
                name: Some("Ada".into()),
                address: Some(wooshpay::Address {
                    country: Some("GB".into()),
                    ..Default::default()
                }),
                ..Default::default()
            }),
            metadata: Some([("order".to_owned(), json!("6735"))].into_iter().collect()),
        }),
        billing_address_collection: Some("auto".into()),
        shipping_address_collection: Some(wooshpay::PaymentLinkShippingAddressCollection {
            allowed_countries: Some(vec!["GB".into()]),
        }),
        ..CreateSession::new("https://shop.example/cart", "https://shop.example/paid")
    };
    let created = ok(
        client(prism).checkout_sessions().create(&body).await,
        "session create",
        prism,
    );
    assert_eq!(created.object, "checkout.session");
}

/// A refund whose amount travels as the page types it, a string of digits.
async fn refund_with_text_amount(prism: &Prism) {
    let body = CreateRefund {
        payment_intent: Some("pi_1787730829493927936".into()),
        amount: Some(500),
        reason: Some("requested_by_customer".into()),
        ..Default::default()
    };
    let refund = ok(client(prism).refunds().create(&body).await, "refund", prism);
    assert!(!refund.id.is_empty());
}

/// The endpoint CRUD under its new accessor.
async fn webhook_endpoints_accessor(prism: &Prism) {
    let client = client(prism);
    let endpoints = client.webhook_endpoints();
    let endpoint = ok(
        endpoints.retrieve("we_1M3fqHHTdYyGj2Y6LeGVaamQ").await,
        "webhook endpoint retrieve",
        prism,
    );
    assert_eq!(endpoint.status, Some(WebhookEndpointStatus::Enabled));
}

/// Bodies that break the new schemas are refused: Prism checks them in this mode.
async fn bad_bodies_are_refused(prism: &Prism) {
    for (path, body, expected) in [
        (
            "/v1/payment_intents/pi_1/confirm",
            r#"{"off_session":5}"#,
            422,
        ),
        (
            "/v1/payment_intents/pi_1/confirm",
            r#"{"error_on_requires_action":{}}"#,
            422,
        ),
        (
            "/v1/payment_intents/pi_1/confirm",
            r#"{"off_session":true,"error_on_requires_action":"true"}"#,
            200,
        ),
        (
            "/v1/payment_intents/pi_1/confirm",
            r#"{"payment_method_options":{"card":{"capture_method":"later"}}}"#,
            422,
        ),
        (
            "/v1/checkout/sessions",
            r#"{"success_url":"https://x.example"}"#,
            422,
        ),
        (
            "/v1/checkout/sessions",
            r#"{"success_url":"https://x.example","cancel_url":"https://x.example","billing_address_collection":"sometimes"}"#,
            422,
        ),
        (
            "/v1/checkout/sessions",
            r#"{"success_url":"https://x.example","cancel_url":"https://x.example","shipping_address_collection":{"allowed_countries":"GB"}}"#,
            422,
        ),
        (
            "/v1/checkout/sessions",
            r#"{"success_url":"https://x.example","cancel_url":"https://x.example"}"#,
            200,
        ),
        (
            "/v1/refunds",
            r#"{"payment_intent":"pi_1","amount":500}"#,
            422,
        ),
        (
            "/v1/refunds",
            r#"{"payment_intent":"pi_1","amount":"500"}"#,
            200,
        ),
        (
            "/v1/payment_intents",
            r#"{"amount":10,"currency":"USD","off-session":"yes"}"#,
            422,
        ),
        (
            "/v1/payment_intents",
            r#"{"amount":10,"currency":"USD","payment_method_data":{"type":"card","mobile_money":{"phone_number":250}}}"#,
            422,
        ),
    ] {
        let (status, text) = post(prism, path, body).await;
        assert_eq!(status, expected, "POST {path} {body}: {text}");
    }
}

macro_rules! in_both_modes {
    ($($name:ident),* $(,)?) => {
        mod normalized {
            use super::*;
            $(
                #[tokio::test]
                async fn $name() {
                    super::$name(Prism::shared()).await
                }
            )*
        }
        mod as_written {
            use super::*;
            $(
                #[tokio::test]
                async fn $name() {
                    super::$name(Prism::shared_as_written()).await
                }
            )*
        }
    };
}

in_both_modes!(
    confirm_with_both_flag_forms,
    create_with_mobile_money,
    session_with_integration_fields,
    refund_with_text_amount,
    webhook_endpoints_accessor,
    bad_bodies_are_refused,
);
