//! The typed test stubs of the WooshPay crate (`testing` feature), used as a user would: a small
//! "checkout then refund" function of this file's own is tested with only the public stub API,
//! without any server.

use wooshpay::testing::Stub;
use wooshpay::{
    CheckoutSession, CheckoutSessionMode, Client, CreateRefund, CreateRefundReason, CreateSession,
    CreateSessionLineItemsItem, CreateSessionLineItemsItemPriceData, Error, Refund, RefundStatus,
};

/// The code under test: opens a Checkout Session for one item costing `amount` (cents), then
/// refunds `refund` of the session's payment intent; `None` when the session has no payment
/// intent yet.
async fn checkout_then_refund(
    client: &Client,
    amount: i64,
    refund: i64,
) -> Result<Option<Refund>, Error> {
    let session = client
        .checkout_sessions()
        .create(&CreateSession {
            mode: Some(CheckoutSessionMode::Payment),
            line_items: Some(vec![CreateSessionLineItemsItem {
                price_data: Some(CreateSessionLineItemsItemPriceData {
                    currency: Some("usd".into()),
                    unit_amount: Some(amount),
                    ..Default::default()
                }),
                quantity: Some(1),
            }]),
            ..CreateSession::new("https://shop.example/cancel", "https://shop.example/done")
        })
        .await?;
    let Some(payment_intent) = session.payment_intent else {
        return Ok(None);
    };
    let refund = client
        .refunds()
        .create(&CreateRefund {
            amount: Some(refund),
            payment_intent: Some(payment_intent),
            reason: Some(CreateRefundReason::RequestedByCustomer),
            ..Default::default()
        })
        .await?;
    Ok(Some(refund))
}

/// The session the checkout stub answers with.
fn session() -> CheckoutSession {
    CheckoutSession {
        payment_intent: Some("pi_123".into()),
        amount_total: Some(2_000),
        currency: Some("usd".into()),
        ..CheckoutSession::new("cs_123", "checkout.session", 1_700_000_000)
    }
}

#[tokio::test]
async fn checkout_then_refund_against_typed_stubs() {
    let stub = Stub::new();
    stub.checkout_sessions().create().returns(session());
    stub.refunds().create().returns(Refund {
        amount: Some(500),
        payment_intent: Some("pi_123".into()),
        status: Some(RefundStatus::Succeeded),
        ..Refund::new("re_1", "refund", 1_700_000_100)
    });

    let refund = checkout_then_refund(&stub.client(), 2_000, 500)
        .await
        .expect("the stubbed calls succeed")
        .expect("the session has a payment intent");
    assert_eq!(refund.id, "re_1");
    assert_eq!(refund.status, Some(RefundStatus::Succeeded));

    // Each operation was called once, with the typed request the function built.
    let checkout = stub.checkout_sessions().create();
    assert_eq!(checkout.call_count(), 1);
    let sent = checkout.last_body();
    assert_eq!(sent.mode, Some(CheckoutSessionMode::Payment));
    assert_eq!(sent.cancel_url, "https://shop.example/cancel");
    let line_items = sent.line_items.expect("the function sends line items");
    assert_eq!(line_items.len(), 1);
    assert_eq!(
        line_items[0]
            .price_data
            .as_ref()
            .and_then(|p| p.unit_amount),
        Some(2_000)
    );
    let refunds = stub.refunds().create();
    assert_eq!(refunds.call_count(), 1);
    assert_eq!(
        refunds.last_body(),
        CreateRefund {
            amount: Some(500),
            payment_intent: Some("pi_123".into()),
            reason: Some(CreateRefundReason::RequestedByCustomer),
            ..Default::default()
        }
    );
    // The requests as sent: in order, with the client's own headers.
    let requests = stub.requests();
    let routes: Vec<_> = requests
        .iter()
        .map(|r| format!("{} {}", r.method, r.path))
        .collect();
    assert_eq!(routes, ["POST /v1/checkout/sessions", "POST /v1/refunds"]);
    assert!(requests[1].header("idempotency-key").is_some());
    assert_eq!(stub.refunds().retrieve().call_count(), 0);
}

#[tokio::test]
#[should_panic(
    expected = "the stub has no answer for POST /v1/refunds (refunds.create, `POST /v1/refunds`): that operation is not stubbed.\nStubbed operations:\n  POST /v1/checkout/sessions (checkout_sessions.create): answers 200 (every call); called 1 time(s)"
)]
async fn an_operation_the_test_did_not_stub_fails_it_with_a_clear_message() {
    let stub = Stub::new();
    stub.checkout_sessions().create().returns(session());
    // The function goes on to refund, which this test did not stub.
    let _ = checkout_then_refund(&stub.client(), 2_000, 500).await;
}

#[tokio::test]
async fn a_stubbed_error_reaches_the_function_as_the_api_error() {
    let stub = Stub::new();
    stub.checkout_sessions().create().returns(session());
    stub.refunds().create().fails_with(
        400,
        r#"{"error":{"type":"invalid_request_error","code":"amount_too_large","message":"Refund amount is greater than the unrefunded amount"}}"#,
    );
    let error = checkout_then_refund(&stub.client(), 2_000, 9_999)
        .await
        .expect_err("the refund fails");
    assert_eq!(error.status(), Some(400));
    assert_eq!(error.code(), Some("amount_too_large"));
    // No retries: the error was answered once.
    assert_eq!(stub.refunds().create().call_count(), 1);
}

#[tokio::test]
async fn raw_json_goes_through_the_real_decoder_which_refuses_a_bad_body() {
    let stub = Stub::new();
    // `created` is an integer: the decoder refuses text there, as it would from a server.
    stub.checkout_sessions()
        .create()
        .returns_json(
            200,
            r#"{"id":"cs_1","object":"checkout.session","created":"yesterday"}"#,
        )
        .times(1);
    stub.checkout_sessions().create().returns_json(
        200,
        r#"{"id":"cs_2","object":"checkout.session","created":1700000000}"#,
    );
    let client = stub.client();
    let error = checkout_then_refund(&client, 2_000, 500)
        .await
        .expect_err("the body is refused");
    assert!(matches!(error, Error::Decode(_)), "{error:?}");
    assert!(error.to_string().contains("created"), "{error}");
    // The second answer decodes: no payment intent yet, so no refund is made (or stubbed).
    assert_eq!(
        checkout_then_refund(&client, 2_000, 500).await.unwrap(),
        None
    );
    assert_eq!(stub.checkout_sessions().create().call_count(), 2);
    assert_eq!(stub.refunds().create().call_count(), 0);
}

#[tokio::test]
async fn a_path_parameter_stub_answers_for_any_id() {
    let stub = Stub::new();
    stub.refunds()
        .retrieve()
        .returns(Refund::new("re_any", "refund", 1_700_000_000));
    let client = stub.client();
    for id in ["re_1", "re_2"] {
        assert_eq!(client.refunds().retrieve(id).await.unwrap().id, "re_any");
    }
    let last = stub.refunds().retrieve().last_request().unwrap();
    assert_eq!(last.path, "/v1/refunds/re_2");
    assert_eq!(
        stub.refunds().retrieve().route(),
        "GET /v1/refunds/{refund_id}"
    );
}
