//! Pagination never lies, against wiremock: a cursor that cycles and `has_more` after an item
//! without an ID end the walk with an error instead of looping or stopping early.

use std::time::Duration;

use futures_util::StreamExt;
use serde_json::{json, Value};
use wiremock::matchers::method;
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};
use wooshpay::{Client, Error, ListDisputes};

/// Pages keyed by the request body's `starting_after` (`""` = the first page).
struct Pages(Vec<(&'static str, Value)>);

impl Respond for Pages {
    fn respond(&self, request: &Request) -> ResponseTemplate {
        let body: Value = serde_json::from_slice(&request.body).unwrap_or(Value::Null);
        let cursor = body["starting_after"].as_str().unwrap_or("");
        match self.0.iter().find(|(c, _)| *c == cursor) {
            Some((_, page)) => ResponseTemplate::new(200).set_body_json(page),
            None => ResponseTemplate::new(400).set_body_string(format!("unknown cursor {cursor}")),
        }
    }
}

fn page(ids: &[Option<&str>], has_more: bool) -> Value {
    let data: Vec<Value> = ids
        .iter()
        .map(|id| match id {
            Some(id) => json!({"id": id, "object": "dispute", "created": 1671261323}),
            None => json!({"object": "dispute", "created": 1671261323}),
        })
        .collect();
    json!({"object": "list", "url": "/v1/disputes", "has_more": has_more, "data": data})
}

async fn walk(pages: Vec<(&'static str, Value)>) -> Vec<Result<String, Error>> {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(Pages(pages))
        .mount(&server)
        .await;
    let client = Client::builder("sk_test_x")
        .base_url(server.uri())
        .max_retries(0)
        .build()
        .expect("client");
    let walk = client
        .disputes()
        .list_all(&ListDisputes::default())
        .map(|item| item.map(|d| d.id))
        .take(100)
        .collect::<Vec<_>>();
    tokio::time::timeout(Duration::from_secs(10), walk)
        .await
        .expect("the walk ends")
}

#[tokio::test]
async fn a_cursor_that_cycles_ends_with_an_error() {
    let items = walk(vec![
        ("", page(&[Some("a"), Some("b")], true)),
        ("b", page(&[Some("c"), Some("d")], true)),
        ("d", page(&[Some("a"), Some("b")], true)),
    ])
    .await;
    let ids: Vec<_> = items
        .iter()
        .filter_map(|r| r.as_ref().ok().cloned())
        .collect();
    assert_eq!(ids, ["a", "b", "c", "d"], "{items:?}");
    assert_eq!(items.len(), 5, "{items:?}");
    match &items[4] {
        Err(e @ Error::Pagination(_)) => assert!(e.to_string().contains("`b`"), "{e}"),
        other => panic!("expected a pagination error, got {other:?}"),
    }
}

#[tokio::test]
async fn an_item_without_an_id_is_a_decode_error_naming_the_field() {
    // WooshPay's settings make `id` always present (`[conventions] always_present`): a page
    // with an item lacking one does not decode, on any page, and the error says which field.
    for has_more in [true, false] {
        let items = walk(vec![("", page(&[Some("a"), None], has_more))]).await;
        assert_eq!(items.len(), 1, "{items:?}");
        match &items[0] {
            Err(e @ Error::Decode(_)) => assert!(e.to_string().contains("`id`"), "{e}"),
            other => panic!("expected a decode error, got {other:?}"),
        }
    }
}
