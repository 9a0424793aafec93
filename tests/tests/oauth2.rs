//! OAuth2 end to end: the `pets` crate (its spec declares an `oauth2` scheme with a
//! client-credentials flow, `tokenUrl: /oauth/token`, and a `refreshUrl: /oauth/refresh`)
//! against a token endpoint and an API on 127.0.0.1 that accepts only the last token issued.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::IntoResponse;
use axum::routing::post;
use pets::types::{Dog, NewPet, Pet};

const CLIENT_SECRET: &str = "client-secret-that-must-not-leak";

#[derive(Default)]
struct Server {
    /// Token endpoint hits.
    token_hits: AtomicUsize,
    /// API calls answered.
    api_hits: AtomicUsize,
    /// What the token endpoint received: (body, Authorization header).
    token_requests: Mutex<Vec<(String, Option<String>)>>,
    /// The only token the API accepts.
    current: Mutex<String>,
    /// `expires_in` of the tokens issued.
    expires_in: u64,
    /// The token endpoint refuses the client.
    refuse: AtomicBool,
}

async fn token(
    State(server): State<Arc<Server>>,
    headers: HeaderMap,
    body: String,
) -> axum::response::Response {
    let n = server.token_hits.fetch_add(1, Ordering::SeqCst) + 1;
    let auth = headers
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    server.token_requests.lock().unwrap().push((body, auth));
    // Slow enough that concurrent calls arrive while a fetch is under way.
    tokio::time::sleep(Duration::from_millis(100)).await;
    if server.refuse.load(Ordering::SeqCst) {
        return (
            StatusCode::BAD_REQUEST,
            [("content-type", "application/json")],
            r#"{"error":"invalid_client","error_description":"client authentication failed"}"#,
        )
            .into_response();
    }
    let access = format!("access-token-{n}");
    *server.current.lock().unwrap() = access.clone();
    json(serde_json::json!({
        "access_token": access,
        "token_type": "bearer",
        "expires_in": server.expires_in,
        "refresh_token": format!("refresh-token-{n}"),
    }))
}

fn json(value: serde_json::Value) -> axum::response::Response {
    ([("content-type", "application/json")], value.to_string()).into_response()
}

async fn create_pet(
    State(server): State<Arc<Server>>,
    headers: HeaderMap,
) -> axum::response::Response {
    server.api_hits.fetch_add(1, Ordering::SeqCst);
    let expected = format!("Bearer {}", server.current.lock().unwrap());
    if headers.get("authorization").and_then(|v| v.to_str().ok()) != Some(expected.as_str()) {
        return (StatusCode::UNAUTHORIZED, r#"{"error":"invalid_token"}"#).into_response();
    }
    json(serde_json::json!({"kind": "dog", "bark": true}))
}

async fn serve(expires_in: u64) -> (String, Arc<Server>) {
    let server = Arc::new(Server {
        expires_in,
        ..Default::default()
    });
    let app = axum::Router::new()
        .route("/oauth/token", post(token))
        .route("/oauth/refresh", post(token))
        .route("/pets", post(create_pet))
        .with_state(server.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    (format!("http://{addr}"), server)
}

fn dog() -> NewPet {
    NewPet::Dog(Dog {
        kind: "Dog".into(),
        bark: Some(true),
    })
}

fn client(base: &str) -> pets::Client {
    pets::Client::builder()
        .base_url(base)
        .oauth2_client_credentials("pets-app", CLIENT_SECRET)
        .oauth2_declared_scopes()
        .max_retries(0)
        .build()
        .expect("client builds")
}

/// No secret, token or refresh token in `text`.
fn assert_no_secret(text: &str) {
    for secret in [CLIENT_SECRET, "access-token-", "refresh-token-"] {
        assert!(!text.contains(secret), "`{secret}` leaked: {text}");
    }
}

#[tokio::test]
async fn the_first_call_fetches_a_token_and_later_calls_reuse_it() {
    let (base, server) = serve(3600).await;
    let client = client(&base);
    for _ in 0..5 {
        let pet = client
            .pets()
            .create(&dog())
            .await
            .expect("the call succeeds");
        assert!(matches!(pet, Pet::Dog(_)), "{pet:?}");
    }
    assert_eq!(server.token_hits.load(Ordering::SeqCst), 1);
    assert_eq!(server.api_hits.load(Ordering::SeqCst), 5);
    let (body, auth) = server.token_requests.lock().unwrap()[0].clone();
    // The spec's scopes (asked for with `oauth2_declared_scopes`), the client by HTTP Basic.
    assert_eq!(
        body,
        "grant_type=client_credentials&scope=pets%3Aread+pets%3Awrite"
    );
    let auth = auth.expect("HTTP Basic client authentication");
    assert!(auth.starts_with("Basic "), "{auth}");
    assert_no_secret(&format!("{client:?}"));
}

#[tokio::test]
async fn twenty_concurrent_calls_after_expiry_refresh_once() {
    // Renewed at half its two-second lifetime (the 60 s margin is capped at half).
    let (base, server) = serve(2).await;
    let client = client(&base);
    client.pets().create(&dog()).await.expect("first call");
    assert_eq!(server.token_hits.load(Ordering::SeqCst), 1);
    tokio::time::sleep(Duration::from_millis(1200)).await;
    let calls: Vec<_> = (0..20)
        .map(|_| {
            let client = client.clone();
            tokio::spawn(async move { client.pets().create(&dog()).await })
        })
        .collect();
    for call in calls {
        call.await.unwrap().expect("every concurrent call succeeds");
    }
    assert_eq!(
        server.token_hits.load(Ordering::SeqCst),
        2,
        "one refresh shared by the 20 calls"
    );
    assert_eq!(
        server.api_hits.load(Ordering::SeqCst),
        21,
        "no call saw a 401"
    );
}

#[tokio::test]
async fn a_401_fetches_a_new_token_once_and_retries() {
    let (base, server) = serve(3600).await;
    let client = client(&base);
    client.pets().create(&dog()).await.expect("first call");
    // The server revokes the token before it expires.
    *server.current.lock().unwrap() = "revoked".into();
    client
        .pets()
        .create(&dog())
        .await
        .expect("the call succeeds with a new token");
    assert_eq!(server.token_hits.load(Ordering::SeqCst), 2);
    assert_eq!(
        server.api_hits.load(Ordering::SeqCst),
        3,
        "the 401 and its retry"
    );
}

#[tokio::test]
async fn a_refused_client_is_an_auth_error_that_shows_no_secret() {
    let (base, server) = serve(3600).await;
    server.refuse.store(true, Ordering::SeqCst);
    let client = client(&base);
    let error = client.pets().create(&dog()).await.unwrap_err();
    let pets::Error::Auth(auth) = &error else {
        panic!("not an auth error: {error:?}")
    };
    assert_eq!(auth.status, Some(400));
    assert_eq!(auth.code.as_deref(), Some("invalid_client"));
    assert_eq!(
        auth.description.as_deref(),
        Some("client authentication failed")
    );
    assert_eq!(server.api_hits.load(Ordering::SeqCst), 0);
    let shown = format!("{error}");
    assert!(shown.contains("invalid_client"), "{shown}");
    assert_no_secret(&shown);
    assert_no_secret(&format!("{error:?}"));
    assert_no_secret(&format!("{client:?}"));
}

#[tokio::test]
async fn the_refresh_token_flow_uses_the_refresh_url_and_keeps_the_rotated_token() {
    let (base, server) = serve(2).await;
    let client = pets::Client::builder()
        .base_url(&base)
        .oauth2_refresh_token("pets-app", CLIENT_SECRET, "refresh-token-0")
        .build()
        .expect("client builds");
    client.pets().create(&dog()).await.expect("first call");
    tokio::time::sleep(Duration::from_millis(1200)).await;
    client.pets().create(&dog()).await.expect("after expiry");
    let bodies: Vec<String> = server
        .token_requests
        .lock()
        .unwrap()
        .iter()
        .map(|(body, _)| body.clone())
        .collect();
    assert_eq!(
        bodies,
        [
            "grant_type=refresh_token&refresh_token=refresh-token-0",
            "grant_type=refresh_token&refresh_token=refresh-token-1",
        ]
    );
    assert_no_secret(&format!("{client:?}"));
}
