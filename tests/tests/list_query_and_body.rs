//! WooShPay's lists whose filters the reference puts in a JSON body on a `GET`
//! (`charges.list`, `checkout_sessions.list`, `disputes.list`, `payment_intents.list`) send them as query
//! parameters too (`[[operations]] body_also_as_query` in specs/codegen.toml), for servers and
//! proxies that drop the body of a `GET`. Against wiremock on 127.0.0.1: a server that reads
//! only the query string and one that reads only the JSON body both serve every page to
//! `list_all`, and a single `list` sends the same filters in both places.

use std::time::Duration;

use serde_json::{json, Value};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};
use wooshpay::{
    Client, CreateRefund, ListCharges, ListCheckoutSessions, ListCheckoutSessionsCustomerDetails,
    ListDisputes, ListDisputesCreated, ListRequest, ListRequestCreated, Pages, UpdateDispute,
};

/// Where a test server reads a request's filters and cursor from; it never looks at the other.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Source {
    Query,
    Body,
}

/// The query's pairs, decoded, in order.
fn query_pairs(request: &Request) -> Vec<(String, String)> {
    request
        .url
        .query_pairs()
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect()
}

/// A JSON value as bracketed query pairs, written independently of the client: members in the
/// value's order, objects as `name[key]`, arrays of scalars as `name[]`, `null`s left out.
fn bracketed(prefix: &str, value: &Value, out: &mut Vec<(String, String)>) {
    match value {
        Value::Null => {}
        Value::Object(map) => {
            for (k, v) in map {
                let key = if prefix.is_empty() {
                    k.clone()
                } else {
                    format!("{prefix}[{k}]")
                };
                bracketed(&key, v, out);
            }
        }
        Value::Array(items) => {
            for item in items {
                bracketed(&format!("{prefix}[]"), item, out);
            }
        }
        Value::String(s) => out.push((prefix.to_owned(), s.clone())),
        other => out.push((prefix.to_owned(), other.to_string())),
    }
}

fn sorted(mut pairs: Vec<(String, String)>) -> Vec<(String, String)> {
    pairs.sort();
    pairs
}

/// Three pages of five items (`<prefix>1`..`<prefix>5`, two per page), keyed by the cursor
/// read from `source` alone; the other filters read from there too must be `filters`
/// (anything else is a 400, so a client that sent them only in the other place fails).
struct ThreePages {
    source: Source,
    prefix: &'static str,
    url: &'static str,
    item: fn(&str) -> Value,
    filters: Value,
}

impl Respond for ThreePages {
    fn respond(&self, request: &Request) -> ResponseTemplate {
        let cursor = match self.source {
            Source::Query => {
                let mut pairs = query_pairs(request);
                let cursor = pairs
                    .iter()
                    .find(|(k, _)| k == "starting_after")
                    .map(|(_, v)| v.clone());
                pairs.retain(|(k, _)| k != "starting_after");
                let mut expected = Vec::new();
                bracketed("", &self.filters, &mut expected);
                if sorted(pairs.clone()) != sorted(expected.clone()) {
                    return ResponseTemplate::new(400).set_body_string(format!(
                        "query filters {pairs:?}, expected {expected:?}"
                    ));
                }
                cursor
            }
            Source::Body => {
                let Ok(Value::Object(mut body)) = serde_json::from_slice::<Value>(&request.body)
                else {
                    return ResponseTemplate::new(400).set_body_string("no JSON object body");
                };
                let cursor = body
                    .remove("starting_after")
                    .and_then(|c| c.as_str().map(str::to_owned));
                if Value::Object(body.clone()) != self.filters {
                    return ResponseTemplate::new(400).set_body_string(format!(
                        "body filters {body:?}, expected {}",
                        self.filters
                    ));
                }
                cursor
            }
        };
        let p = self.prefix;
        let (ids, more): (Vec<String>, bool) = match cursor.as_deref() {
            None => (vec![format!("{p}1"), format!("{p}2")], true),
            Some(c) if c == format!("{p}2") => (vec![format!("{p}3"), format!("{p}4")], true),
            Some(c) if c == format!("{p}4") => (vec![format!("{p}5")], false),
            Some(other) => {
                return ResponseTemplate::new(400)
                    .set_body_string(format!("unknown cursor {other}"))
            }
        };
        let data: Vec<Value> = ids.iter().map(|id| (self.item)(id)).collect();
        ResponseTemplate::new(200).set_body_json(
            json!({"object": "list", "url": self.url, "has_more": more, "data": data}),
        )
    }
}

fn session(id: &str) -> Value {
    json!({"id": id, "object": "checkout.session", "created": 1709889908000_i64, "mode": "payment"})
}

fn dispute(id: &str) -> Value {
    json!({"id": id, "object": "dispute", "created": 1671261323, "amount": 1000, "currency": "eur"})
}

fn intent(id: &str) -> Value {
    json!({"id": id, "object": "payment_intent", "created": 1709889908000_i64, "amount": 1999, "currency": "CNY"})
}

fn charge(id: &str) -> Value {
    json!({"id": id, "object": "charge", "created": 1709889908000_i64, "amount": 1999, "paid": true})
}

fn client(server: &MockServer) -> Client {
    Client::builder("sk_test_x")
        .base_url(server.uri())
        .max_retries(0)
        .build()
        .expect("client builds")
}

/// A server for `route`'s path reading only `source`, serving [`ThreePages`].
async fn server(
    source: Source,
    route: &'static str,
    prefix: &'static str,
    item: fn(&str) -> Value,
    filters: Value,
) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(route))
        .respond_with(ThreePages {
            source,
            prefix,
            url: route,
            item,
            filters,
        })
        .mount(&server)
        .await;
    server
}

/// Walks `all` to its end (within ten seconds) and returns the items' IDs.
async fn ids<T>(pages: Pages<T>, id: fn(&T) -> String) -> Vec<String> {
    let items: Vec<T> = tokio::time::timeout(Duration::from_secs(10), pages.try_collect())
        .await
        .expect("the walk ends")
        .unwrap_or_else(|e| panic!("the walk fails: {e}"));
    items.iter().map(id).collect()
}

/// Every request of a walk carried the same cursor (none, then the second and the fourth
/// item's ID) and the same filters in the query and in the body.
async fn both_places_agree(server: &MockServer) {
    let requests = server.received_requests().await.expect("recorded");
    assert_eq!(requests.len(), 3, "one request per page");
    let mut cursors = Vec::new();
    for request in &requests {
        let body: Value = serde_json::from_slice(&request.body).expect("a JSON body");
        let mut from_body = Vec::new();
        bracketed("", &body, &mut from_body);
        assert_eq!(
            sorted(query_pairs(request)),
            sorted(from_body),
            "{}",
            request.url
        );
        cursors.push(body.get("starting_after").cloned().unwrap_or(Value::Null));
    }
    assert_eq!(cursors[0], Value::Null, "the first page has no cursor");
    assert!(
        cursors[1].as_str().is_some_and(|c| c.ends_with('2')),
        "{cursors:?}"
    );
    assert!(
        cursors[2].as_str().is_some_and(|c| c.ends_with('4')),
        "{cursors:?}"
    );
}

fn five(prefix: &str) -> Vec<String> {
    (1..=5).map(|i| format!("{prefix}{i}")).collect()
}

#[tokio::test]
async fn checkout_sessions_list_all_walks_a_query_only_and_a_body_only_server() {
    let filters = ListCheckoutSessions {
        limit: Some(2),
        customer: Some("cus_1".into()),
        created: Some(ListRequestCreated {
            gte: Some("1700000000000".into()),
            ..Default::default()
        }),
        customer_details: Some(ListCheckoutSessionsCustomerDetails {
            email: "jane@example.com".into(),
        }),
        ..Default::default()
    };
    let expected = json!({
        "limit": 2, "customer": "cus_1", "created": {"gte": "1700000000000"},
        "customer_details": {"email": "jane@example.com"}
    });
    for source in [Source::Query, Source::Body] {
        let server = server(
            source,
            "/v1/checkout/sessions/list",
            "cs_",
            session,
            expected.clone(),
        )
        .await;
        let client = client(&server);
        let walked = ids(client.checkout_sessions().list_all(&filters), |s| {
            s.id.clone()
        })
        .await;
        assert_eq!(walked, five("cs_"), "{source:?}");
        both_places_agree(&server).await;
    }
}

#[tokio::test]
async fn disputes_list_all_walks_a_query_only_and_a_body_only_server() {
    let filters = ListDisputes {
        limit: Some(2),
        payment_intent: Some("pi_9".into()),
        created: Some(ListDisputesCreated {
            gte: Some(1_700_000_000),
            lt: Some(1_800_000_000),
            ..Default::default()
        }),
        ..Default::default()
    };
    let expected = json!({
        "limit": 2, "payment_intent": "pi_9",
        "created": {"gte": 1_700_000_000, "lt": 1_800_000_000}
    });
    for source in [Source::Query, Source::Body] {
        let server = server(
            source,
            "/v1/disputes/list",
            "dp_",
            dispute,
            expected.clone(),
        )
        .await;
        let client = client(&server);
        let walked = ids(client.disputes().list_all(&filters), |d| d.id.clone()).await;
        assert_eq!(walked, five("dp_"), "{source:?}");
        both_places_agree(&server).await;
    }
}

#[tokio::test]
async fn payment_intents_list_all_walks_a_query_only_and_a_body_only_server() {
    let filters = ListRequest {
        limit: Some(2),
        created: Some(ListRequestCreated {
            gte: Some("1700000000000".into()),
            lte: Some("1800000000000".into()),
            ..Default::default()
        }),
        ..Default::default()
    };
    let expected = json!({
        "limit": 2, "created": {"gte": "1700000000000", "lte": "1800000000000"}
    });
    for source in [Source::Query, Source::Body] {
        let server = server(
            source,
            "/v1/payment_intents",
            "pi_",
            intent,
            expected.clone(),
        )
        .await;
        let client = client(&server);
        let walked = ids(client.payment_intents().list_all(&filters), |p| {
            p.id.clone()
        })
        .await;
        assert_eq!(walked, five("pi_"), "{source:?}");
        both_places_agree(&server).await;
    }
}

#[tokio::test]
async fn charges_list_all_walks_a_query_only_and_a_body_only_server() {
    let filters = ListCharges {
        limit: Some(2),
        customer: Some("cus_1".into()),
        created: Some(ListRequestCreated {
            gt: Some("1700000000000".into()),
            ..Default::default()
        }),
        ..Default::default()
    };
    let expected = json!({"limit": 2, "customer": "cus_1", "created": {"gt": "1700000000000"}});
    for source in [Source::Query, Source::Body] {
        let server = server(source, "/v1/charges/list", "ch_", charge, expected.clone()).await;
        let client = client(&server);
        let walked = ids(client.charges().list_all(&filters), |c| c.id.clone()).await;
        assert_eq!(walked, five("ch_"), "{source:?}");
        both_places_agree(&server).await;
    }
}

/// A server answering every request with an empty list page, recording what it gets.
async fn recorder() -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(
                json!({"object": "list", "url": "/", "has_more": false, "data": []}),
            ),
        )
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(200).set_body_json(dispute("dp_1")))
        .mount(&server)
        .await;
    server
}

/// The one request `server` got: its raw query string and its JSON body.
async fn only_request(server: &MockServer) -> (Option<String>, Value, Request) {
    let requests = server.received_requests().await.expect("recorded");
    assert_eq!(requests.len(), 1);
    let request = requests.into_iter().next().unwrap();
    let body = if request.body.is_empty() {
        Value::Null
    } else {
        serde_json::from_slice(&request.body).expect("a JSON body")
    };
    (request.url.query().map(str::to_owned), body, request)
}

/// One `list` sends identical filters in the body and in the query, the query's pairs in the
/// body's member order (the generated struct's field order), nested values bracketed.
#[tokio::test]
async fn a_single_list_sends_identical_filters_in_both_places() {
    // Checkout sessions: the example, `limit=3&starting_after=cs_1&created[gte]=…`.
    let server = recorder().await;
    let filters = ListCheckoutSessions {
        limit: Some(3),
        starting_after: Some("cs_1".into()),
        created: Some(ListRequestCreated {
            gte: Some("1700000000000".into()),
            ..Default::default()
        }),
        customer_details: Some(ListCheckoutSessionsCustomerDetails {
            email: "jane+shop@example.com".into(),
        }),
        ..Default::default()
    };
    client(&server)
        .checkout_sessions()
        .list(&filters)
        .await
        .expect("the page decodes");
    let (query, body, request) = only_request(&server).await;
    assert_eq!(request.url.path(), "/v1/checkout/sessions/list");
    assert_eq!(
        body,
        json!({"created": {"gte": "1700000000000"}, "limit": 3, "starting_after": "cs_1",
               "customer_details": {"email": "jane+shop@example.com"}})
    );
    assert_eq!(
        query.as_deref(),
        Some("created%5Bgte%5D=1700000000000&limit=3&starting_after=cs_1&customer_details%5Bemail%5D=jane%2Bshop%40example.com")
    );
    assert_eq!(
        request.headers.get("content-type").map(|v| v.as_bytes()),
        Some(&b"application/json"[..])
    );

    // Disputes: integers stay integers in the body and read the same in the query.
    let server = recorder().await;
    let filters = ListDisputes {
        charge: Some("ch_1".into()),
        created: Some(ListDisputesCreated {
            gt: Some(1),
            lte: Some(2),
            ..Default::default()
        }),
        ending_before: Some("dp_9".into()),
        limit: Some(100),
        ..Default::default()
    };
    client(&server)
        .disputes()
        .list(&filters)
        .await
        .expect("the page decodes");
    let (query, body, request) = only_request(&server).await;
    assert_eq!(
        body,
        json!({"charge": "ch_1", "created": {"gt": 1, "lte": 2}, "ending_before": "dp_9", "limit": 100})
    );
    let mut from_body = Vec::new();
    bracketed("", &body, &mut from_body);
    assert_eq!(sorted(query_pairs(&request)), sorted(from_body));
    assert_eq!(
        query.as_deref(),
        Some("charge=ch_1&created%5Bgt%5D=1&created%5Blte%5D=2&ending_before=dp_9&limit=100")
    );

    // Payment intents, with an extra field: it joins the body and the query.
    let server = recorder().await;
    client(&server)
        .payment_intents()
        .list(&ListRequest {
            limit: Some(3),
            ..Default::default()
        })
        .extra("customer", "cus_1")
        .await
        .expect("the page decodes");
    let (query, body, request) = only_request(&server).await;
    assert_eq!(request.url.path(), "/v1/payment_intents");
    assert_eq!(body, json!({"limit": 3, "customer": "cus_1"}));
    assert_eq!(query.as_deref(), Some("limit=3&customer=cus_1"));

    // No filters: an empty body and no query at all.
    let server = recorder().await;
    client(&server)
        .disputes()
        .list(&ListDisputes::default())
        .await
        .expect("the page decodes");
    let (query, body, _) = only_request(&server).await;
    assert_eq!(body, json!({}));
    assert_eq!(query, None);
}

/// Operations the settings do not name keep their body out of the query.
#[tokio::test]
async fn other_bodies_stay_out_of_the_query() {
    let server = recorder().await;
    client(&server)
        .disputes()
        .update(
            "dp_1",
            &UpdateDispute {
                metadata: Some([("order".to_owned(), json!("1"))].into()),
                ..Default::default()
            },
        )
        .await
        .expect("the dispute decodes");
    let (query, _, _) = only_request(&server).await;
    assert_eq!(query, None, "a dispute update sends its JSON body only");

    let server = recorder().await;
    let _ = client(&server)
        .refunds()
        .create(&CreateRefund {
            payment_intent: Some("pi_1".into()),
            ..Default::default()
        })
        .await;
    let (query, body, _) = only_request(&server).await;
    assert_eq!(query, None, "a refund create sends its JSON body only");
    assert_eq!(body["payment_intent"], "pi_1");
}
