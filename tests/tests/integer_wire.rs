//! Integers that an API writes as text: `type: string, format: int64` is an `i64` sent as a
//! string of digits and read from a string or a number; `oneOf` of an integer and such a
//! string is an `i64` sent as a number and read from either; `type: number, format: integer`
//! is an integer. Compiled through `tests/unions-client` (the `Price` schema of
//! `generator/tests/fixtures/unions_and_shapes.yaml`), and sent to a real server on 127.0.0.1.

use pets::types::Price;
use serde_json::json;
use wiremock::matchers::{body_json, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

#[test]
fn integers_as_text_read_from_strings_and_numbers_and_go_out_as_documented() {
    for (wire, unit_amount, quantity) in [
        (json!({"unit_amount": "1999", "quantity": 3}), 1999, Some(3)),
        (json!({"unit_amount": 1999, "quantity": "3"}), 1999, Some(3)),
        (json!({"unit_amount": "-5", "quantity": null}), -5, None),
        (
            json!({"unit_amount": "9223372036854775807"}),
            i64::MAX,
            None,
        ),
    ] {
        let price: Price = serde_json::from_value(wire.clone()).expect("decodes");
        assert_eq!(
            (price.unit_amount, price.quantity),
            (unit_amount, quantity),
            "{wire}"
        );
        let back = serde_json::to_value(&price).unwrap();
        assert_eq!(
            back["unit_amount"],
            json!(unit_amount.to_string()),
            "text stays text"
        );
        match quantity {
            Some(q) => assert_eq!(back["quantity"], json!(q), "lenient goes out as a number"),
            None => assert!(back.get("quantity").is_none()),
        }
    }
}

#[test]
fn what_is_not_an_integer_is_refused_naming_the_field() {
    for wire in [
        json!({"unit_amount": "19.99"}),
        json!({"unit_amount": ""}),
        json!({"unit_amount": " 1"}),
        json!({"unit_amount": "1e3"}),
        json!({"unit_amount": "99999999999999999999"}),
        json!({"unit_amount": 1.5}),
        json!({"unit_amount": true}),
        json!({"unit_amount": "1", "quantity": "three"}),
        json!({}),
    ] {
        let error = serde_json::from_value::<Price>(wire.clone()).expect_err("refused");
        let text = error.to_string();
        assert!(
            text.contains("integer") || text.contains("unit_amount"),
            "{wire}: {text}"
        );
    }
}

#[test]
fn number_with_integer_format_is_an_integer_and_nested_text_stays_text() {
    let price: Price =
        serde_json::from_value(json!({"unit_amount": "1", "days": 3, "tiers": ["10", "20"]}))
            .unwrap();
    let days: Option<i64> = price.days;
    assert_eq!(days, Some(3));
    assert_eq!(
        price.tiers.as_deref(),
        Some(&["10".to_owned(), "20".to_owned()][..])
    );
    assert_eq!(
        serde_json::to_value(&price).unwrap()["days"],
        json!(3),
        "not 3.0"
    );
}

#[tokio::test]
async fn a_request_sends_text_and_a_response_in_either_form_decodes() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/prices"))
        .and(body_json(json!({"unit_amount": "500", "quantity": 2})))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(json!({"unit_amount": 500, "quantity": "2"})),
        )
        .expect(1)
        .mount(&server)
        .await;
    let client = pets::Client::builder()
        .base_url(server.uri())
        .build()
        .expect("client");
    let body = Price {
        quantity: Some(2),
        ..Price::new(500)
    };
    let price = client.prices().create(&body).await.expect("created");
    assert_eq!((price.unit_amount, price.quantity), (500, Some(2)));
}
