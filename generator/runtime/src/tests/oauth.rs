//! Unit tests of `oauth.rs`: a token endpoint and an API on 127.0.0.1 (axum).

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::IntoResponse;
use axum::routing::{get, post};

use crate::client::*;
use crate::error::Error;
use crate::oauth::{ClientAuth, Grant, OAuthConfig};

const SECRET: &str = "s3cr3t-client-secret";

#[derive(Default)]
struct Server {
    /// Token endpoint hits.
    hits: AtomicUsize,
    /// The form bodies and Authorization headers the token endpoint received.
    bodies: Mutex<Vec<(String, Option<String>)>>,
    /// The token the API accepts (the last one issued), unless `revoked`.
    current: Mutex<String>,
    expires_in: Option<u64>,
    /// The token endpoint answers with this error instead.
    refuse: bool,
    /// Answers 401 to every API call.
    always_401: bool,
}

async fn token(
    State(server): State<Arc<Server>>,
    headers: HeaderMap,
    body: String,
) -> axum::response::Response {
    let n = server.hits.fetch_add(1, Ordering::SeqCst) + 1;
    let auth = headers
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    server.bodies.lock().unwrap().push((body, auth));
    // Slow enough that concurrent callers arrive while the fetch is under way.
    tokio::time::sleep(Duration::from_millis(50)).await;
    if server.refuse {
        return (
            StatusCode::UNAUTHORIZED,
            r#"{"error":"invalid_client","error_description":"unknown client"}"#,
        )
            .into_response();
    }
    let access = format!("access-{n}");
    *server.current.lock().unwrap() = access.clone();
    let mut json = serde_json::json!({
        "access_token": access,
        "token_type": "Bearer",
        "refresh_token": format!("refresh-{n}"),
    });
    if let Some(e) = server.expires_in {
        json["expires_in"] = e.into();
    }
    ([("content-type", "application/json")], json.to_string()).into_response()
}

async fn api(State(server): State<Arc<Server>>, headers: HeaderMap) -> StatusCode {
    let expected = format!("Bearer {}", server.current.lock().unwrap());
    let sent = headers.get("authorization").and_then(|v| v.to_str().ok());
    if !server.always_401 && sent == Some(expected.as_str()) {
        StatusCode::NO_CONTENT
    } else {
        StatusCode::UNAUTHORIZED
    }
}

async fn serve(server: Server) -> (String, Arc<Server>) {
    let server = Arc::new(server);
    let app = axum::Router::new()
        .route("/oauth/token", post(token))
        .route("/v1/thing", get(api))
        .with_state(server.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    (format!("http://{addr}/v1"), server)
}

fn client_credentials(base: &str) -> ClientBuilder {
    ClientBuilder::new(vec![], base)
        .max_retries(0)
        .oauth2(OAuthConfig::new(
            "/oauth/token",
            "my client".into(),
            Some(SECRET.into()),
            Grant::ClientCredentials,
        ))
}

async fn call(client: &Client) -> Result<(), Error> {
    let request = ApiRequest::new(reqwest::Method::GET, "/thing".into());
    Call::new(
        client,
        Ok(request),
        &RequestOptions::default(),
        decode_empty,
    )
    .await
}

#[tokio::test]
async fn the_token_is_fetched_once_and_reused() {
    let (base, server) = serve(Server {
        expires_in: Some(3600),
        ..Default::default()
    })
    .await;
    let client = client_credentials(&base)
        .oauth2_tuning(|t| t.scopes = Some(vec!["pets:read".into(), "pets:write".into()]))
        .build()
        .unwrap();
    for _ in 0..3 {
        call(&client).await.unwrap();
    }
    assert_eq!(server.hits.load(Ordering::SeqCst), 1);
    let (body, auth) = server.bodies.lock().unwrap()[0].clone();
    assert_eq!(
        body,
        "grant_type=client_credentials&scope=pets%3Aread+pets%3Awrite"
    );
    // RFC 6749 §2.3.1: the form-encoded ID and secret, by HTTP Basic.
    assert_eq!(
        auth.as_deref(),
        Some(format!("Basic {}", base64(b"my+client:s3cr3t-client-secret")).as_str())
    );
    let debug = format!("{client:?}");
    assert!(
        !debug.contains(SECRET) && !debug.contains("access-1"),
        "{debug}"
    );
}

#[tokio::test]
async fn credentials_in_the_body_when_asked() {
    let (base, server) = serve(Server::default()).await;
    let client = client_credentials(&base)
        .oauth2_tuning(|t| t.client_auth = Some(ClientAuth::Body))
        .build()
        .unwrap();
    call(&client).await.unwrap();
    let (body, auth) = server.bodies.lock().unwrap()[0].clone();
    assert_eq!(
        body,
        "grant_type=client_credentials&client_id=my+client&client_secret=s3cr3t-client-secret"
    );
    assert_eq!(auth, None);
}

#[tokio::test]
async fn concurrent_calls_after_expiry_share_one_refresh() {
    let (base, server) = serve(Server {
        expires_in: Some(2),
        ..Default::default()
    })
    .await;
    // A margin of at most half the lifetime: refreshed after one second.
    let client = client_credentials(&base).build().unwrap();
    call(&client).await.unwrap();
    assert_eq!(server.hits.load(Ordering::SeqCst), 1);
    tokio::time::sleep(Duration::from_millis(1100)).await;
    let calls: Vec<_> = (0..20)
        .map(|_| {
            let client = client.clone();
            tokio::spawn(async move { call(&client).await })
        })
        .collect();
    for c in calls {
        c.await.unwrap().unwrap();
    }
    assert_eq!(server.hits.load(Ordering::SeqCst), 2);
}

#[tokio::test]
async fn a_401_fetches_a_new_token_once() {
    let (base, server) = serve(Server::default()).await;
    let client = client_credentials(&base).build().unwrap();
    call(&client).await.unwrap();
    // The server forgets the token (revoked): the next call is answered 401, fetches again.
    *server.current.lock().unwrap() = "revoked".into();
    call(&client).await.unwrap();
    assert_eq!(server.hits.load(Ordering::SeqCst), 2);

    let (base, server) = serve(Server {
        always_401: true,
        ..Default::default()
    })
    .await;
    let client = client_credentials(&base).build().unwrap();
    let error = call(&client).await.unwrap_err();
    assert_eq!(error.status(), Some(401));
    assert_eq!(
        server.hits.load(Ordering::SeqCst),
        2,
        "one retry, not a loop"
    );
}

#[tokio::test]
async fn a_refused_token_request_is_a_typed_error_without_the_secret() {
    let (base, _server) = serve(Server {
        refuse: true,
        ..Default::default()
    })
    .await;
    let client = client_credentials(&base).build().unwrap();
    let error = call(&client).await.unwrap_err();
    let Error::Auth(auth) = &error else {
        panic!("{error:?}")
    };
    assert_eq!(auth.status, Some(401));
    assert_eq!(auth.code.as_deref(), Some("invalid_client"));
    assert_eq!(auth.description.as_deref(), Some("unknown client"));
    for text in [format!("{error}"), format!("{error:?}")] {
        assert!(!text.contains(SECRET), "{text}");
    }
    assert!(format!("{error}").contains("invalid_client"));
}

#[tokio::test]
async fn the_refresh_token_grant_keeps_the_rotated_token() {
    let (base, server) = serve(Server {
        expires_in: Some(2),
        ..Default::default()
    })
    .await;
    let client = ClientBuilder::new(vec![], &base)
        .oauth2(OAuthConfig::new(
            "/oauth/token",
            "app".into(),
            None,
            Grant::RefreshToken(Secret("refresh-0".into())),
        ))
        .build()
        .unwrap();
    call(&client).await.unwrap();
    tokio::time::sleep(Duration::from_millis(1100)).await;
    call(&client).await.unwrap();
    let bodies: Vec<String> = server
        .bodies
        .lock()
        .unwrap()
        .iter()
        .map(|(b, _)| b.clone())
        .collect();
    assert_eq!(
        bodies,
        [
            "grant_type=refresh_token&refresh_token=refresh-0&client_id=app",
            "grant_type=refresh_token&refresh_token=refresh-1&client_id=app",
        ]
    );
    assert!(!format!("{client:?}").contains("refresh-"));
}

#[test]
fn token_urls_resolve_against_the_base_url() {
    let base = reqwest::Url::parse("https://api.example.com/v1").unwrap();
    let url = |token_url: &str| {
        let config = OAuthConfig::new(token_url, "id".into(), None, Grant::ClientCredentials);
        format!("{:?}", config.source(&base).map(|_| ()).err())
    };
    assert_eq!(url("/oauth/token"), "None");
    let source = OAuthConfig::new("oauth/token", "id".into(), None, Grant::ClientCredentials)
        .source(&base)
        .unwrap();
    assert!(format!("{source:?}").contains("https://api.example.com/v1/oauth/token"));
    let source = OAuthConfig::new("/oauth/token", "id".into(), None, Grant::ClientCredentials)
        .source(&base)
        .unwrap();
    assert!(format!("{source:?}").contains("https://api.example.com/oauth/token"));
    assert!(url("ftp://x/token").contains("not http(s)"));
}
