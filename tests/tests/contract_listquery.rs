//! Contract tests of the lists that send their JSON body's filters as query parameters too
//! (`[[operations]] body_also_as_query`: `charges.list`, `checkout_sessions.list`,
//! `disputes.list`, `payment_intents.list`), on Prism with request validation on.
//!
//! The normalized document (`generated-client/openapi.json`) describes these operations as
//! WooshPay's reference does: a JSON body, no query parameters. It is left so: it is the
//! document the crate is generated from (declared query parameters would become a parameter
//! struct), and Prism accepts query parameters a document does not declare, so the shared
//! Prism validates the body and the path of every list call as before. To check the query
//! too, a copy of the document declares each body member as an optional query parameter of the
//! same schema (objects as `deepObject`, without `nullable`), which Prism then validates: the
//! client's query is a valid OpenAPI encoding of its body, and a wrong one is refused (the
//! check is live).

use std::time::Duration;

use serde_json::{json, Value};
use wooshpay::{
    Client, Error, ListCharges, ListCheckoutSessions, ListCheckoutSessionsCustomerDetails,
    ListDisputes, ListDisputesCreated, ListRequest, ListRequestCreated,
};
use wooshpay_tests::prism::{self, Prism};

/// The routes whose body is sent as a query too.
const ROUTES: [&str; 4] = [
    "/v1/charges/list",
    "/v1/checkout/sessions/list",
    "/v1/disputes/list",
    "/v1/payment_intents",
];

fn client(prism: &Prism) -> Client {
    Client::builder("sk_test_x")
        .base_url(prism.base_url())
        .backoff(Duration::from_millis(10), Duration::from_millis(50))
        .timeout(Duration::from_secs(20))
        .build()
        .expect("client builds")
}

fn ok<T>(result: Result<T, Error>, what: &str, prism: &Prism) -> T {
    match result {
        Ok(value) => value,
        Err(error) => panic!(
            "{what} failed: {error}\n{error:?}\n--- Prism's output:\n{}",
            prism.output()
        ),
    }
}

fn session_filters() -> ListCheckoutSessions {
    ListCheckoutSessions {
        limit: Some(3),
        starting_after: Some("cs_1".into()),
        created: Some(ListRequestCreated {
            gte: Some("1700000000000".into()),
            lt: Some("1800000000000".into()),
            ..Default::default()
        }),
        customer: Some("cus_1".into()),
        customer_details: Some(ListCheckoutSessionsCustomerDetails {
            email: "jane@example.com".into(),
        }),
        payment_intent: Some("pi_1".into()),
        ..Default::default()
    }
}

fn dispute_filters() -> ListDisputes {
    ListDisputes {
        charge: Some("ch_1".into()),
        payment_intent: Some("pi_1".into()),
        created: Some(ListDisputesCreated {
            gt: Some(1_700_000_000),
            lte: Some(1_800_000_000),
            ..Default::default()
        }),
        ending_before: Some("dp_9".into()),
        limit: Some(100),
        ..Default::default()
    }
}

fn intent_filters() -> ListRequest {
    ListRequest {
        limit: Some(3),
        starting_after: Some("pi_1".into()),
        created: Some(ListRequestCreated {
            gte: Some("1700000000000".into()),
            ..Default::default()
        }),
        ..Default::default()
    }
}

/// Every list with every filter set, one page and every page, against `prism`.
async fn lists_pass(prism: &Prism) {
    let client = client(prism);
    ok(
        client.checkout_sessions().list(&session_filters()).await,
        "checkout_sessions.list",
        prism,
    );
    ok(
        client
            .checkout_sessions()
            .list_all(&session_filters())
            .try_collect::<Vec<_>>()
            .await,
        "checkout_sessions.list_all",
        prism,
    );
    ok(
        client.disputes().list(&dispute_filters()).await,
        "disputes.list",
        prism,
    );
    ok(
        client
            .disputes()
            .list_all(&dispute_filters())
            .try_collect::<Vec<_>>()
            .await,
        "disputes.list_all",
        prism,
    );
    ok(
        client.payment_intents().list(&intent_filters()).await,
        "payment_intents.list",
        prism,
    );
    ok(
        client
            .payment_intents()
            .list_all(&intent_filters())
            .try_collect::<Vec<_>>()
            .await,
        "payment_intents.list_all",
        prism,
    );
    let charges = ListCharges {
        customer: Some("cus_1".into()),
        limit: Some(3),
        created: Some(ListRequestCreated {
            lte: Some("1800000000000".into()),
            ..Default::default()
        }),
        ..Default::default()
    };
    // One page only: the charges list has no response example, so Prism makes every page up
    // from the schema (`has_more: true`, one item with the ID `string`), and a walk ends at
    // that cycle with `Error::Pagination`, as it should.
    ok(client.charges().list(&charges).await, "charges.list", prism);
    // An extra field joins the body and the query; the document allows more members.
    ok(
        client
            .disputes()
            .list(&ListDisputes::default())
            .extra("status", "needs_response")
            .await,
        "disputes.list with an extra field",
        prism,
    );
}

/// The normalized document as it is: Prism validates the body and ignores the query
/// parameters it does not declare.
#[tokio::test]
async fn lists_sending_both_pass_the_normalized_document() {
    lists_pass(Prism::shared()).await;
}

/// The schema `$ref` points at, or `schema` itself.
fn resolved<'d>(document: &'d Value, schema: &'d Value) -> &'d Value {
    match schema.get("$ref").and_then(Value::as_str) {
        Some(reference) => {
            let name = reference
                .strip_prefix("#/components/schemas/")
                .unwrap_or_else(|| panic!("a component reference: {reference}"));
            let name = percent_encoding::percent_decode_str(name).decode_utf8_lossy();
            &document["components"]["schemas"][name.as_ref()]
        }
        None => schema,
    }
}

/// `schema` and the schemas inside it without `nullable`.
fn not_nullable(schema: &mut Value) {
    match schema {
        Value::Object(map) => {
            map.remove("nullable");
            map.values_mut().for_each(not_nullable);
        }
        Value::Array(items) => items.iter_mut().for_each(not_nullable),
        _ => {}
    }
}

/// A copy of the normalized document in which each body member of the lists in [`ROUTES`]
/// is an optional query parameter of the same schema too (objects as `deepObject`).
fn document_declaring_the_query() -> tempfile::TempDir {
    let mut document: Value = serde_json::from_slice(
        &std::fs::read(prism::generated_document()).expect("generated-client/openapi.json exists"),
    )
    .expect("the normalized document is JSON");
    for route in ROUTES {
        let operation = format!("/paths/{}/get", route.replace('/', "~1"));
        let body = document
            .pointer(&format!(
                "{operation}/requestBody/content/application~1json/schema"
            ))
            .unwrap_or_else(|| panic!("{route} has a JSON body"));
        let properties = resolved(&document, body)["properties"]
            .as_object()
            .unwrap_or_else(|| panic!("{route}: the body is an object with properties"))
            .clone();
        let mut declared = Vec::new();
        for (name, schema) in &properties {
            let mut schema = resolved(&document, schema).clone();
            // A query has no nulls (the client leaves `null` members out), and Prism reads a
            // deep object only under a plain `type: object` (with `nullable` it skips the
            // members, and `created[gte]=soon` would pass).
            not_nullable(&mut schema);
            let mut parameter =
                json!({"name": name, "in": "query", "required": false, "schema": schema});
            if schema["type"] == "object" {
                parameter["style"] = json!("deepObject");
                parameter["explode"] = json!(true);
            }
            declared.push(parameter);
        }
        document
            .pointer_mut(&format!("{operation}/parameters"))
            .and_then(Value::as_array_mut)
            .unwrap_or_else(|| panic!("{route} has a parameter list"))
            .extend(declared);
    }
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(
        dir.path().join("openapi.json"),
        serde_json::to_vec_pretty(&document).expect("serializes"),
    )
    .expect("writes the document");
    dir
}

/// With the body's members declared as query parameters, Prism validates the client's query
/// against the body's schema: every list passes, and a query that breaks the schema is
/// refused (a string for an integer `limit` or a dispute's integer `created[gte]`, a session's
/// `customer_details` without its required `email`).
#[tokio::test]
async fn the_query_is_a_valid_encoding_of_the_body() {
    let dir = document_declaring_the_query();
    let strict = Prism::start(&dir.path().join("openapi.json"));
    lists_pass(&strict).await;

    let http = reqwest::Client::new();
    let send = |query: &'static str, path: &'static str| {
        http.get(format!("{}{path}?{query}", strict.base_url()))
            .basic_auth("sk_test_x", None::<&str>)
            .header("accept", "application/json")
            .header("content-type", "application/json")
            .body("{}")
            .send()
    };
    let fine = send("limit=3&created%5Bgt%5D=1", "/v1/disputes/list")
        .await
        .expect("Prism answers");
    assert_eq!(fine.status().as_u16(), 200, "{}", strict.output());
    for (query, path) in [
        ("limit=three", "/v1/disputes/list"),
        ("created%5Bgte%5D=soon", "/v1/disputes/list"),
        (
            "customer_details%5Bname%5D=Jane",
            "/v1/checkout/sessions/list",
        ),
        ("limit=three", "/v1/checkout/sessions/list"),
        ("limit=three", "/v1/payment_intents"),
        ("limit=three", "/v1/charges/list"),
    ] {
        let response = send(query, path).await.expect("Prism answers");
        assert_eq!(
            response.status().as_u16(),
            422,
            "{path}?{query} is refused: {}",
            strict.output()
        );
    }
}
