//! Every documented response of an operation, typed, against a real server on 127.0.0.1.
//! `PUT /pets/{pet_id}` in `generator/tests/fixtures/unions_and_shapes.yaml` (the `pets` crate)
//! answers `200` with a `Pet` or `201` with a `Filing`, so the call returns
//! `ReplacePetResponse`; its `404`, `422`, `5XX` and `default` errors decode into
//! `ReplacePetError` through `err.operation_error()`, while the status, request ID and raw body
//! stay on the `ApiError`. A status the spec does not list, or a body that does not decode as the
//! spec says, is `ReplacePetError::Other` with the body as it came.

use pets::types::{Dog, Filing, Invalid, InvalidErrorsItem, NewPet, NotFound, Pet, Problem};
use pets::{ReplacePetError, ReplacePetResponse};
use serde_json::json;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

/// A client of `server` that never retries (a `5XX` answer is the case under test).
fn client(server: &MockServer) -> pets::Client {
    pets::Client::builder()
        .base_url(server.uri())
        .max_retries(0)
        .build()
        .expect("client builds")
}

/// Serves `PUT /pets/rex` once with `answer`.
async fn answering(answer: ResponseTemplate) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/pets/rex"))
        .respond_with(answer)
        .expect(1)
        .mount(&server)
        .await;
    server
}

fn new_dog() -> NewPet {
    NewPet::Dog(Dog::new("Dog"))
}

async fn replace(server: &MockServer) -> Result<ReplacePetResponse, pets::Error> {
    client(server).pets().replace("rex", &new_dog()).await
}

/// The error a call to `server` fails with, as the operation's documented errors.
async fn documented_error(server: &MockServer) -> (pets::Error, ReplacePetError) {
    let err = replace(server).await.expect_err("the call fails");
    let typed = err
        .operation_error::<ReplacePetError>()
        .expect("an API error has documented errors");
    (err, typed)
}

#[tokio::test]
async fn each_success_status_decodes_into_its_own_variant() {
    let server =
        answering(ResponseTemplate::new(200).set_body_json(json!({"kind": "dog", "bark": true})))
            .await;
    let replaced = replace(&server).await.expect("200 decodes");
    assert_eq!(
        replaced,
        ReplacePetResponse::Ok(Pet::Dog(Dog {
            kind: "dog".into(),
            bark: Some(true)
        }))
    );

    let server = answering(
        ResponseTemplate::new(201).set_body_json(json!({"filing_id": "f_1", "queued": true})),
    )
    .await;
    let filed = replace(&server).await.expect("201 decodes");
    assert_eq!(
        filed,
        ReplacePetResponse::Created(Filing {
            filing_id: "f_1".into(),
            queued: true
        })
    );
}

#[tokio::test]
async fn a_success_body_of_the_wrong_type_for_its_status_is_a_decode_error() {
    // 201 documents a `Filing`, which has a required `queued` (a `Pet` would decode: 200's
    // union keeps unknown shapes).
    let server =
        answering(ResponseTemplate::new(201).set_body_json(json!({"filing_id": "f_1"}))).await;
    let err = replace(&server).await.expect_err("not a Filing");
    assert!(matches!(err, pets::Error::Decode(_)), "{err:?}");
}

#[tokio::test]
async fn documented_error_statuses_decode_into_their_variants() {
    let server = answering(
        ResponseTemplate::new(404)
            .set_body_json(json!({"resource": "shelter"}))
            .insert_header("x-request-id", "req_404"),
    )
    .await;
    let (err, typed) = documented_error(&server).await;
    assert_eq!(
        typed,
        ReplacePetError::NotFound(NotFound {
            resource: "shelter".into()
        })
    );
    // The status and raw body stay available beside the typed value.
    assert_eq!(err.status(), Some(404));
    let api = err.api_error().expect("an API error");
    assert_eq!(api.body, r#"{"resource":"shelter"}"#);

    let server = answering(ResponseTemplate::new(422).set_body_json(json!({
        "errors": [{"field": "kind", "reason": "unknown kind"}]
    })))
    .await;
    let (_, typed) = documented_error(&server).await;
    match typed {
        ReplacePetError::UnprocessableEntity(Invalid { errors }) => assert_eq!(
            errors,
            vec![InvalidErrorsItem {
                field: "kind".into(),
                reason: "unknown kind".into()
            }]
        ),
        other => panic!("422 is UnprocessableEntity, got {other:?}"),
    }
}

#[tokio::test]
async fn a_status_class_without_a_body_matches_every_status_in_it() {
    for status in [500, 503] {
        let server = answering(ResponseTemplate::new(status).set_body_string("down")).await;
        let (err, typed) = documented_error(&server).await;
        assert_eq!(typed, ReplacePetError::ServerError, "status {status}");
        assert_eq!(err.status(), Some(status));
    }
}

#[tokio::test]
async fn other_statuses_decode_as_default_and_undecodable_bodies_are_kept_raw() {
    // 409 is not listed: `default` documents it.
    let server = answering(
        ResponseTemplate::new(409).set_body_json(json!({"title": "conflict", "detail": "busy"})),
    )
    .await;
    let (_, typed) = documented_error(&server).await;
    assert_eq!(
        typed,
        ReplacePetError::Default(Problem {
            title: "conflict".into(),
            detail: Some("busy".into())
        })
    );

    // A 404 whose body is not a `NotFound`, and a 418 whose body is not a `Problem`.
    for (status, body) in [(404, r#"{"missing": true}"#), (418, "I'm a teapot")] {
        let server = answering(ResponseTemplate::new(status).set_body_string(body)).await;
        let (_, typed) = documented_error(&server).await;
        assert_eq!(
            typed,
            ReplacePetError::Other {
                status,
                body: body.to_owned()
            }
        );
    }
}

#[tokio::test]
async fn errors_other_than_api_errors_have_no_documented_error() {
    // Nothing listens on this address once the listener is dropped.
    let uri = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("binds");
        format!("http://{}", listener.local_addr().expect("has an address"))
    };
    let client = pets::Client::builder()
        .base_url(uri)
        .max_retries(0)
        .build()
        .expect("client builds");
    let err = client
        .pets()
        .replace("rex", &new_dog())
        .await
        .expect_err("no server");
    assert!(err.operation_error::<ReplacePetError>().is_none());
    assert!(err.error_body::<Problem>().is_none());
}

#[tokio::test]
async fn an_error_body_reads_as_any_type_with_error_body() {
    let server =
        answering(ResponseTemplate::new(409).set_body_json(json!({"title": "conflict"}))).await;
    let err = replace(&server).await.expect_err("409");
    assert_eq!(
        err.error_body::<Problem>(),
        Some(Problem {
            title: "conflict".into(),
            detail: None
        })
    );
    assert_eq!(err.error_body::<NotFound>(), None);
}
