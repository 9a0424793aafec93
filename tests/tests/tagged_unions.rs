//! Tagged unions of a generated crate, compiled: `tests/unions-client` is generated from
//! `generator/tests/fixtures/unions_and_shapes.yaml` by `cargo xtask regenerate`. Known tags
//! decode into their variants and encode back to the same JSON; a tag the spec does not list
//! (or no tag at all) decodes into `Unknown` holding the raw JSON and encodes back unchanged,
//! through serde and through the client over HTTP. The events resource also has a streaming
//! twin (`follow_stream` beside `follow`, the response offered as JSON and as
//! `text/event-stream`), called here against a real server on 127.0.0.1.

use pets::types::{Cat, Dog, Event, NewPet, Pet};
use serde_json::{json, Value};
use wiremock::matchers::{body_json, header, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

/// Decodes `value` as `T`, encodes it again, and checks the JSON is the same.
fn round_trip<T>(value: Value) -> T
where
    T: serde::de::DeserializeOwned + serde::Serialize,
{
    let decoded: T = serde_json::from_value(value.clone()).expect("decodes");
    assert_eq!(serde_json::to_value(&decoded).expect("encodes"), value);
    decoded
}

#[test]
fn known_discriminator_tags_decode_into_their_variants_and_round_trip() {
    let dog = round_trip::<Pet>(json!({"kind": "dog", "bark": true}));
    assert_eq!(
        dog,
        Pet::Dog(Dog {
            kind: "dog".into(),
            bark: Some(true)
        })
    );
    assert_eq!(dog.tag(), Some("dog"));
    let cat = round_trip::<Pet>(json!({"kind": "cat", "lives": 9}));
    assert!(
        matches!(&cat, Pet::Cat(Cat { lives: Some(9), .. })),
        "{cat:?}"
    );
    assert_eq!(cat.tag(), Some("cat"));
    // Without a mapping the tag values are the schemas' names.
    let new = round_trip::<NewPet>(json!({"kind": "Cat", "lives": 1}));
    assert!(matches!(new, NewPet::Cat(_)), "{new:?}");
}

#[test]
fn unknown_discriminator_tags_decode_into_unknown_and_encode_unchanged() {
    for raw in [
        json!({"kind": "parrot", "words": ["hello"], "lives": 1}),
        // The mapping's values are case-sensitive: `Dog` is not `dog`.
        json!({"kind": "Dog", "bark": true}),
        // No tag, or a tag that is not a string.
        json!({"bark": true}),
        json!({"kind": 7}),
    ] {
        let pet = round_trip::<Pet>(raw.clone());
        assert_eq!(pet, Pet::Unknown(raw.clone()));
        assert_eq!(pet.tag(), None);
    }
}

#[test]
fn implicit_tags_decode_known_values_and_keep_unknown_ones() {
    let created =
        round_trip::<Event>(json!({"event": "thread.run.created", "data": {"id": "run_1"}}));
    assert!(matches!(created, Event::ThreadRunCreated(_)), "{created:?}");
    assert_eq!(created.tag(), Some("thread.run.created"));
    let done = round_trip::<Event>(json!({"event": "done"}));
    assert!(matches!(done, Event::Done(_)), "{done:?}");
    let raw = json!({"event": "thread.run.cancelled", "data": {"id": "run_1", "reason": null}});
    let later = round_trip::<Event>(raw.clone());
    assert_eq!(later, Event::Unknown(raw));
    assert_eq!(later.tag(), None);
}

#[test]
fn a_known_tag_with_a_body_of_the_wrong_shape_is_an_error_not_unknown() {
    // `data` is required for `thread.run.created`: the tag is known, so the body must fit.
    let err = serde_json::from_value::<Event>(json!({"event": "thread.run.created"}))
        .expect_err("a known tag with a missing required field does not decode");
    assert!(err.to_string().contains("data"), "{err}");
}

#[tokio::test]
async fn the_client_sends_tagged_bodies_and_decodes_unknown_tags_over_http() {
    let server = MockServer::start().await;
    let answer = json!({"kind": "axolotl", "gills": 6});
    Mock::given(method("POST"))
        .and(path("/pets"))
        .and(body_json(json!({"kind": "Dog", "bark": false})))
        .respond_with(ResponseTemplate::new(200).set_body_json(answer.clone()))
        .expect(1)
        .mount(&server)
        .await;
    let client = pets::Client::builder()
        .base_url(server.uri())
        .build()
        .expect("client builds");
    let body = NewPet::Dog(Dog {
        kind: "Dog".into(),
        bark: Some(false),
    });
    let pet = client
        .pets()
        .create(&body)
        .await
        .expect("the call succeeds");
    assert_eq!(pet, Pet::Unknown(answer.clone()));
    assert_eq!(serde_json::to_value(&pet).unwrap(), answer);
}

#[test]
fn a_client_without_credentials_has_a_default() {
    // The spec's only security scheme is OAuth2, whose credentials go to the builder:
    // `Client::new()` takes nothing, and `Default` is the same client (clippy's
    // `new_without_default`).
    let _client: pets::Client = Default::default();
}

/// The streaming twin asks for `text/event-stream` and yields the typed events in the order
/// the server sent them (a known tag, an unknown one kept as JSON, comments skipped, the event
/// type and ID carried); a malformed event is a `Decode` error naming its data, and ends the
/// stream. The JSON method of the same operation asks for JSON.
#[tokio::test]
async fn the_streaming_twin_yields_typed_events_from_a_real_server() {
    let server = MockServer::start().await;
    let stream = concat!(
        ": keep-alive\n\n",
        "event: run\n",
        "data: {\"event\":\"thread.run.created\",\"data\":{\"id\":\"run_1\"}}\n",
        "id: 7\n\n",
        "data: {\"event\":\"thread.run.step\",\"step\":2}\n\n",
        "data: {\"event\":\"done\"}\n\n",
        "data: {\"event\":\"thread.run.created\",\n",
        "data: \"data\": broken}\n\n",
        "data: {\"event\":\"done\"}\n\n",
    );
    Mock::given(method("GET"))
        .and(path("/events/feed"))
        .and(header("accept", "text/event-stream"))
        .respond_with(ResponseTemplate::new(200).set_body_raw(stream, "text/event-stream"))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/events/feed"))
        .and(header("accept", "application/json"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!([{"event": "done"}])))
        .expect(1)
        .mount(&server)
        .await;
    let client = pets::Client::builder()
        .base_url(server.uri())
        .build()
        .expect("client builds");

    let mut events = client
        .events()
        .follow_stream()
        .await
        .expect("the stream opens");
    let first = events.next().await.expect("an event").expect("decodes");
    assert_eq!(
        (first.event.as_str(), first.id.as_deref()),
        ("run", Some("7"))
    );
    let Event::ThreadRunCreated(created) = &first.data else {
        panic!("expected a created run: {first:?}")
    };
    assert_eq!(created.data.id.as_deref(), Some("run_1"));
    let second = events.next().await.expect("an event").expect("decodes");
    assert_eq!(
        second.data,
        Event::Unknown(json!({"event": "thread.run.step", "step": 2}))
    );
    assert_eq!(second.event, "message");
    let third = events.next().await.expect("an event").expect("decodes");
    assert_eq!(third.data.tag(), Some("done"));
    let malformed = events
        .next()
        .await
        .expect("the malformed event is reported")
        .expect_err("it does not decode");
    let pets::Error::Decode(decode) = &malformed else {
        panic!("expected a decode error: {malformed:?}")
    };
    assert_eq!(decode.status, 200);
    assert_eq!(decode.path, "event `message` data");
    assert!(decode.body.contains("\"data\": broken}"), "{decode:?}");
    assert!(
        events.next().await.is_none(),
        "the stream ends after a decode error"
    );

    let listed = client.events().follow().await.expect("the JSON form");
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].tag(), Some("done"));

    let requests = server.received_requests().await.expect("recorded");
    let accept: Vec<Option<&str>> = requests
        .iter()
        .map(|r| r.headers.get("accept").and_then(|v| v.to_str().ok()))
        .collect();
    assert_eq!(
        accept,
        vec![Some("text/event-stream"), Some("application/json")]
    );
}
