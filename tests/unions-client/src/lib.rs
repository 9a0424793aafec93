// @generated from generator/tests/fixtures/unions_and_shapes.yaml by `cargo xtask regenerate`.
// Do not edit by hand: change the spec (or the generator) and regenerate.

//! Pets: a typed client generated from the API's OpenAPI document.
//!
//! ```no_run
//! # async fn run() -> Result<(), pets::Error> {
//! let client = pets::Client::new();
//! let value = client.events().list().await?;
//! println!("{value:?}");
//! # Ok(())
//! # }
//! ```
//!
//! Every operation lives on a resource handle (`client.pets()`); request and response types are in
//! [`types`] and re-exported at the crate root.
//!
//! # Calls
//!
//! Every operation returns a [`Call`]: await it for the result, or first set per-call options; `.with_response()` also gives the status, headers and request ID ([`Response`]). Every error that had a response carries its request ID too ([`Error::request_id`]).
//!
//! ```no_run
//! # async fn run() -> Result<(), pets::Error> {
//! let client = pets::Client::builder()
//!     .deadline(std::time::Duration::from_secs(30)) // all attempts together
//!     .default_header("X-Team", "payments")
//!     .build()?;
//! let response = client.events().list()
//!     .header("X-Trace", "abc")
//!     .timeout(std::time::Duration::from_secs(5)) // per attempt
//!     .with_response()
//!     .await?;
//! println!("{:?} {:?}", response.request_id, response.data);
//! # Ok(())
//! # }
//! ```
//!
//! Response bodies are limited to [`DEFAULT_MAX_RESPONSE_BYTES`] (16 MiB; [`ClientBuilder::max_response_bytes`]); errors keep at most [`ERROR_BODY_LIMIT`] bytes of a body. With the `tracing` feature every call and attempt is a `tracing` span (`api_call`, `api_attempt`) without credentials.
//!
//! # Testing your code
//!
//! [`testing::MockTransport`] answers requests in-process, so code using the client can be tested without a network:
//!
//! ```no_run
//! use pets::testing::{MockResponse, MockTransport};
//!
//! # async fn run() -> Result<(), pets::Error> {
//! let mock = MockTransport::new();
//! mock.push(MockResponse::json(200, r#"{}"#).header("Request-Id", "req_1"));
//! let client = pets::Client::builder().mock_transport(mock.clone()).build()?;
//! let _ = client.events().list().await;
//! assert_eq!(mock.requests().len(), 1);
//! # Ok(())
//! # }
//! ```
//!
//! The `testing` feature adds typed stubs on it, `testing::Stub`: `stub.<resource>().<operation>()` answers with a typed value (`.returns(..)`), raw JSON read by the client's own decoder (`.returns_json(..)`) or an error (`.fails_with(..)`), `stub.client()` is a client answered by it, and each operation's calls are recorded (`.call_count()`, `.last_body()` as the typed request). A call to an operation not stubbed fails the test, naming its method, path and what is stubbed.
//!
//! # Escape hatches
//!
//! For what the spec does not describe yet. [`Call::extra`] sends a field the body type lacks, after the typed fields (a JSON member, or form pairs encoded like the typed fields); a name the body already has, an operation without a body, or a body of bytes fails the call with [`Error::InvalidRequest`] before anything is sent. The body is merged once, so retries resend the same bytes with the same idempotency key; extra values are never logged, traced or shown by `Debug`.
//!
//! [`Client::raw`] calls any method and path under the base URL, with the credentials, retries, idempotency keys (`POST`s get one), timeouts, deadline, tracing and error decoding of the typed calls; [`RawCall`] sets a query, a JSON or form body and the same per-call options, and `.decode::<T>()` decodes into any type instead of [`serde_json::Value`]. The path is sent as given, so encode IDs with [`encode_path_segment`]; a full URL (the credentials would go to another server), a query or fragment in the path, or a `..` segment fails the call with [`Error::InvalidRequest`].
//!
//! ```no_run
//! # async fn run() -> Result<(), pets::Error> {
//! let client = pets::Client::new();
//! let value: serde_json::Value = client
//!     .raw(reqwest::Method::GET, "/events")
//!     .header("X-Trace", "abc")
//!     .await?;
//! println!("{value}");
//! # Ok(())
//! # }
//! ```
//!
//! ## OAuth2
//!
//! The API authenticates with OAuth2 (`petsAuth`): give the builder the client's credentials and the client fetches, caches and renews its access tokens itself.
//!
//! ```no_run
//! # async fn run() -> Result<(), pets::Error> {
//! let client = pets::Client::builder()
//!     .oauth2_client_credentials("my-client-id", "my-client-secret")
//!     .oauth2_declared_scopes()
//!     .build()?;
//! # Ok(())
//! # }
//! ```
//!
//! # Cargo features
//!
//! The client and every resource are on by default. Each resource is a feature compiling its handle (with `client`) and exactly the types its operations use, so a program that calls one resource compiles only that:
//!
//! ```toml
//! [dependencies]
//! pets = { version = "0.1.0", default-features = false, features = ["client", "pets"] }
//! ```
//!
//! Without `client` the crate is its types, with no HTTP stack.
//!
//! Each type implements the serde direction the API uses it in: `Serialize` for what requests send, `Deserialize` for what responses carry. The off-by-default features `serialize` and `deserialize` add the other direction to every type (to store a response as JSON, or to read a request body in a test server); `testing` turns both on with the typed test stubs (`testing::Stub`). The default feature `partial_eq` derives `PartialEq` for the structs and unions (string enums always compare): add it to a slim build that compares whole objects. The crate's `Cargo.toml` describes every feature.
#![forbid(unsafe_code)]
#![warn(missing_docs)]
#![allow(
    clippy::large_enum_variant,
    clippy::too_many_arguments,
    clippy::doc_lazy_continuation,
    clippy::question_mark
)]
#[cfg(feature = "client")]
mod client;
mod config;
#[cfg(feature = "client")]
mod encoding;
#[cfg(feature = "client")]
mod error;
mod expandable;
#[cfg(feature = "client")]
mod multipart;
#[cfg(feature = "client")]
mod oauth;
mod object;
#[cfg(feature = "client")]
mod pagination;
#[cfg(feature = "client")]
pub mod sse;
mod strict;
#[cfg(feature = "testing")]
#[rustfmt::skip]
mod stubs;
#[cfg(feature = "client")]
pub mod testing;
pub mod timestamps;
#[cfg(feature = "client")]
#[rustfmt::skip]
pub mod resources;
#[rustfmt::skip]
pub mod types;
#[cfg(feature = "client")]
pub use client::RawCall;

#[cfg(feature = "client")]
pub use client::{
    Call, Client, ClientBuilder, RequestOptions, Response, DEFAULT_MAX_RESPONSE_BYTES,
};
#[cfg(feature = "client")]
pub use encoding::encode_path_segment;

#[cfg(feature = "client")]
pub use error::{ApiError, ApiErrorBody, AuthError, DecodeError, Error, ERROR_BODY_LIMIT};

#[cfg(feature = "client")]
pub use error::OperationError;
pub use expandable::Expandable;

#[cfg(feature = "client")]
pub use multipart::FileUpload;

#[cfg(feature = "client")]
pub use pagination::Pages;

#[cfg(feature = "client")]
#[allow(unused_imports)]
pub use crate::resources::*;

#[allow(unused_imports)]
pub use crate::types::*;

#[cfg(feature = "client")]
impl Client {
    /// A client for `http://localhost` with default settings.
    ///
    /// # Panics
    ///
    /// If the TLS backend cannot be initialized, like `reqwest::Client::new`; use
    /// [`Client::builder`] to handle that error instead.
    pub fn new() -> Self {
        match Self::builder().build() {
            Ok(client) => client,
            Err(error) => panic!("cannot initialize the HTTP client: {error}"),
        }
    }
    /// A builder to set the server, timeouts and retries.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::new([], "http://localhost")
    }
}

#[cfg(feature = "client")]
impl Default for Client {
    /// The same as [`Client::new`].
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(feature = "client")]
impl ClientBuilder {
    /// Authenticates with OAuth2 (`petsAuth`, the client-credentials grant): the client fetches an access token from `/oauth/token` (relative to the base URL) with `client_id` and `client_secret` (HTTP Basic, or [`Self::oauth2_credentials_in_body`]), caches it and fetches a new one before it expires (calls waiting for it share one request), and once more when the API answers 401. The secret and the tokens never show in `Debug` output or errors; a refused token request fails the call with [`Error::Auth`](crate::Error::Auth).
    pub fn oauth2_client_credentials(
        self,
        client_id: impl Into<String>,
        client_secret: impl Into<String>,
    ) -> Self {
        let url = "/oauth/token";
        let id = client_id.into();
        let secret = Some(client_secret.into());
        let grant = crate::oauth::Grant::ClientCredentials;
        self.oauth2(crate::oauth::OAuthConfig::new(url, id, secret, grant))
    }
    /// Authenticates with OAuth2 (`petsAuth`, the refresh-token grant): the client exchanges `refresh_token` for access tokens at `/oauth/refresh` (relative to the base URL), keeps the refresh token each answer rotates in, and caches and renews the access token as [`Self::oauth2_client_credentials`] does. An empty `client_secret` makes it a public client (`client_id` in the body).
    pub fn oauth2_refresh_token(
        self,
        client_id: impl Into<String>,
        client_secret: impl Into<String>,
        refresh_token: impl Into<String>,
    ) -> Self {
        let url = "/oauth/refresh";
        let id = client_id.into();
        let secret: String = client_secret.into();
        let secret = (!secret.is_empty()).then_some(secret);
        let refresh = crate::client::Secret(refresh_token.into());
        let grant = crate::oauth::Grant::RefreshToken(refresh);
        self.oauth2(crate::oauth::OAuthConfig::new(url, id, secret, grant))
    }
    /// Sends an OAuth2 access token fetched elsewhere as the bearer token (never
    /// renewed by the client).
    pub fn oauth2_access_token(self, access_token: impl Into<String>) -> Self {
        let token = crate::client::Secret(access_token.into());
        let grant = crate::oauth::Grant::Static(token);
        let id = String::new();
        self.oauth2(crate::oauth::OAuthConfig::new("", id, None, grant))
    }
    /// The OAuth2 scopes to request (`scope`); none by default.
    ///
    /// The scopes the spec declares:
    ///
    /// - `pets:read`: Read pets
    /// - `pets:write`: Create pets
    pub fn oauth2_scopes<I>(self, scopes: I) -> Self
    where
        I: IntoIterator,
        I::Item: Into<String>,
    {
        let scopes = scopes.into_iter().map(Into::into).collect();
        self.oauth2_tuning(|t| t.scopes = Some(scopes))
    }
    /// Requests every scope the spec declares for `petsAuth`.
    ///
    /// The scopes the spec declares:
    ///
    /// - `pets:read`: Read pets
    /// - `pets:write`: Create pets
    pub fn oauth2_declared_scopes(self) -> Self {
        let declared: &[&str] = &["pets:read", "pets:write"];
        self.oauth2_scopes(declared.iter().copied())
    }
    /// Sends `client_id` and `client_secret` in the token request's body instead of by
    /// HTTP Basic, for servers that want them there (RFC 6749 §2.3.1).
    pub fn oauth2_credentials_in_body(self) -> Self {
        self.oauth2_tuning(|t| t.client_auth = Some(crate::oauth::ClientAuth::Body))
    }
    /// How long before its expiry an access token is renewed (default 60 s, at most
    /// half the token's lifetime).
    pub fn oauth2_refresh_margin(self, margin: std::time::Duration) -> Self {
        self.oauth2_tuning(|t| t.refresh_margin = Some(margin))
    }
}

/// The README's Rust examples, compiled as doctests (`cargo test --doc`).
#[cfg(all(doctest, feature = "client"))]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
