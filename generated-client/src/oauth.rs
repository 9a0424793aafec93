// @generated from specs/ by `cargo xtask regenerate`.
// Do not edit by hand: change the spec (or the generator) and regenerate.

//! OAuth2 access tokens (RFC 6749) for the client: the client-credentials grant (§4.4) or the
//! refresh-token grant (§6), the token cached, fetched again a margin before it expires, and
//! one fetch shared by all the calls that need a token at the same time. The client secret,
//! the tokens and the refresh token never show in `Debug` output, logs or errors.
//!
//! Copied into every generated crate; only a crate whose spec declares an `oauth2` security
//! scheme has the builder methods that use it (`ClientBuilder::oauth2_client_credentials`).
#![allow(dead_code)]

use std::fmt;
use std::time::{Duration, Instant};

use futures_util::lock::Mutex;

use crate::client::Secret;
use crate::error::{AuthError, Error};

/// The default time before a token's expiry at which it is fetched again.
pub(crate) const DEFAULT_REFRESH_MARGIN: Duration = Duration::from_secs(60);

/// The largest token response read.
const TOKEN_RESPONSE_LIMIT: usize = 64 * 1024;

/// How the client authenticates to the token endpoint (RFC 6749 §2.3.1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ClientAuth {
    /// HTTP Basic with the form-encoded client ID and secret (what servers must support).
    Basic,
    /// `client_id` and `client_secret` in the request body.
    Body,
}

/// The grant the client obtains its tokens with.
#[derive(Debug, Clone)]
pub(crate) enum Grant {
    /// `grant_type=client_credentials`.
    ClientCredentials,
    /// `grant_type=refresh_token`, starting from this refresh token (replaced by the one each
    /// answer rotates in).
    RefreshToken(Secret),
    /// A token fetched by the caller, sent as it is (no refresh).
    Static(Secret),
}

/// What the builder was told: the token endpoint, the client's credentials and the grant.
#[derive(Debug, Clone)]
pub(crate) struct OAuthConfig {
    /// The token endpoint as the spec gives it (relative to the base URL, or absolute).
    pub(crate) token_url: String,
    pub(crate) client_id: String,
    pub(crate) client_secret: Option<Secret>,
    pub(crate) grant: Grant,
    /// Scopes requested (space-separated in `scope`); none by default.
    pub(crate) scopes: Vec<String>,
    pub(crate) client_auth: ClientAuth,
    /// How long before its expiry a token is fetched again (at most half its lifetime).
    pub(crate) refresh_margin: Duration,
}

impl OAuthConfig {
    /// A configuration for `grant` at `token_url`, with the default scopes (none), client
    /// authentication (HTTP Basic) and refresh margin.
    pub(crate) fn new(
        token_url: &str,
        client_id: String,
        client_secret: Option<String>,
        grant: Grant,
    ) -> Self {
        OAuthConfig {
            token_url: token_url.to_owned(),
            client_id,
            client_secret: client_secret.map(Secret),
            grant,
            scopes: Vec::new(),
            client_auth: ClientAuth::Basic,
            refresh_margin: DEFAULT_REFRESH_MARGIN,
        }
    }

    /// The token source, its endpoint resolved against the client's base URL.
    pub(crate) fn source(self, base: &reqwest::Url) -> Result<TokenSource, Error> {
        // A relative URL is relative to the server (OpenAPI): `/oauth/token` replaces the base
        // URL's path, `oauth/token` is appended to it.
        let url = match reqwest::Url::parse(&self.token_url) {
            Ok(url) => url,
            Err(_) => {
                let mut base = base.clone();
                if !base.path().ends_with('/') {
                    let path = format!("{}/", base.path());
                    base.set_path(&path);
                }
                base.join(&self.token_url).map_err(|e| {
                    Error::Config(format!(
                        "invalid OAuth2 token URL `{}`: {e}",
                        self.token_url
                    ))
                })?
            }
        };
        if url.scheme() != "http" && url.scheme() != "https" {
            return Err(Error::Config(format!(
                "OAuth2 token URL `{url}` is not http(s)"
            )));
        }
        let state = match &self.grant {
            Grant::Static(token) => State {
                token: Some(Token {
                    access: token.clone(),
                    refresh_at: None,
                }),
                refresh_token: None,
            },
            Grant::RefreshToken(refresh) => State {
                token: None,
                refresh_token: Some(refresh.clone()),
            },
            Grant::ClientCredentials => State::default(),
        };
        Ok(TokenSource {
            config: self,
            url,
            state: Mutex::new(state),
        })
    }
}

/// What the builder's OAuth2 options set, applied to the grant when the client is built
/// (whichever order they were called in).
#[derive(Debug, Clone, Default)]
pub(crate) struct OAuthTuning {
    pub(crate) scopes: Option<Vec<String>>,
    pub(crate) client_auth: Option<ClientAuth>,
    pub(crate) refresh_margin: Option<Duration>,
}

impl OAuthTuning {
    pub(crate) fn apply(&self, config: &mut OAuthConfig) {
        if let Some(scopes) = &self.scopes {
            config.scopes = scopes.clone();
        }
        if let Some(client_auth) = self.client_auth {
            config.client_auth = client_auth;
        }
        if let Some(margin) = self.refresh_margin {
            config.refresh_margin = margin;
        }
    }
}

/// The client's tokens: the cached one, and the refresh token.
pub(crate) struct TokenSource {
    config: OAuthConfig,
    url: reqwest::Url,
    state: Mutex<State>,
}

impl fmt::Debug for TokenSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TokenSource")
            .field("token_url", &self.url.as_str())
            .field("client_id", &self.config.client_id)
            .field("grant", &self.config.grant)
            .field("scopes", &self.config.scopes)
            .finish_non_exhaustive()
    }
}

#[derive(Default)]
struct State {
    token: Option<Token>,
    refresh_token: Option<Secret>,
}

struct Token {
    access: Secret,
    /// When it is fetched again; `None` when the server gave no lifetime (kept until a 401).
    refresh_at: Option<Instant>,
}

impl TokenSource {
    /// A token to send: the cached one while it is fresh, else a new one. Callers that arrive
    /// while a fetch is under way wait for it and share its token.
    pub(crate) async fn token(
        &self,
        http: &reqwest::Client,
        transport: Option<&crate::testing::MockTransport>,
    ) -> Result<Secret, Error> {
        let mut state = self.state.lock().await;
        if let Some(token) = &state.token {
            // `Option::is_none_or` is newer than the generated crates' MSRV.
            if !matches!(token.refresh_at, Some(at) if Instant::now() >= at) {
                return Ok(token.access.clone());
            }
        }
        if let Grant::Static(token) = &self.config.grant {
            return Ok(token.clone());
        }
        let fetched = self.fetch(http, transport, &state).await?;
        let token = fetched.access.clone();
        if let Some(refresh) = fetched.refresh_token {
            state.refresh_token = Some(refresh);
        }
        state.token = Some(Token {
            access: fetched.access,
            refresh_at: fetched.expires_in.map(|lifetime| {
                Instant::now() + lifetime - self.config.refresh_margin.min(lifetime / 2)
            }),
        });
        Ok(token)
    }

    /// Forgets `used` (the server answered 401 to it), unless another call already replaced it.
    /// Whether a new token can be fetched (a static token cannot).
    pub(crate) async fn invalidate(&self, used: &Secret) -> bool {
        if matches!(self.config.grant, Grant::Static(_)) {
            return false;
        }
        let mut state = self.state.lock().await;
        if state.token.as_ref().is_some_and(|t| t.access.0 == used.0) {
            state.token = None;
        }
        true
    }

    /// One request to the token endpoint.
    async fn fetch(
        &self,
        http: &reqwest::Client,
        transport: Option<&crate::testing::MockTransport>,
        state: &State,
    ) -> Result<Fetched, Error> {
        use crate::encoding::form_escape;
        let config = &self.config;
        let mut form: Vec<(&str, &str)> = Vec::new();
        match (&config.grant, &state.refresh_token) {
            (Grant::RefreshToken(_), Some(refresh)) => {
                form.push(("grant_type", "refresh_token"));
                form.push(("refresh_token", &refresh.0));
            }
            _ => form.push(("grant_type", "client_credentials")),
        }
        let scope = config.scopes.join(" ");
        if !scope.is_empty() {
            form.push(("scope", &scope));
        }
        let secret = config.client_secret.as_ref().map(|s| s.0.as_str());
        let mut basic = None;
        match (config.client_auth, secret) {
            (ClientAuth::Basic, Some(secret)) => {
                let pair = format!("{}:{}", form_escape(&config.client_id), form_escape(secret));
                basic = Some(format!("Basic {}", crate::client::base64(pair.as_bytes())));
            }
            (ClientAuth::Body, Some(secret)) => {
                form.push(("client_id", &config.client_id));
                form.push(("client_secret", secret));
            }
            // A public client identifies itself in the body (§3.2.1).
            (_, None) => form.push(("client_id", &config.client_id)),
        }
        let body = form
            .iter()
            .map(|(k, v)| format!("{}={}", form_escape(k), form_escape(v)))
            .collect::<Vec<_>>()
            .join("&");
        let mut builder = http
            .post(self.url.clone())
            .header(
                reqwest::header::CONTENT_TYPE,
                "application/x-www-form-urlencoded",
            )
            .header(reqwest::header::ACCEPT, "application/json")
            .body(body);
        if let Some(basic) = basic {
            let mut value = reqwest::header::HeaderValue::from_str(&basic)
                .map_err(|_| auth_error(None, "the client ID cannot be sent".into()))?;
            value.set_sensitive(true);
            builder = builder.header(reqwest::header::AUTHORIZATION, value);
        }
        let request = builder
            .build()
            .map_err(|e| Error::Transport(e.without_url()))?;
        let mut response = match transport {
            Some(transport) => {
                let path = request.url().path().to_owned();
                let sent = crate::testing::Sent {
                    operation: "oauth2.token",
                    template: "",
                    path: &path,
                };
                transport.respond(&request, sent)
            }
            None => http.execute(request).await.map_err(|e| {
                let e = e.without_url();
                if e.is_timeout() {
                    Error::Timeout(e)
                } else {
                    Error::Transport(e)
                }
            })?,
        };
        let status = response.status().as_u16();
        let mut body = Vec::new();
        while let Some(chunk) = response
            .chunk()
            .await
            .map_err(|e| Error::Transport(e.without_url()))?
        {
            body.extend_from_slice(&chunk);
            if body.len() > TOKEN_RESPONSE_LIMIT {
                return Err(auth_error(
                    Some(status),
                    format!("the token response is larger than {TOKEN_RESPONSE_LIMIT} bytes"),
                ));
            }
        }
        let json: Option<serde_json::Value> = serde_json::from_slice(&body).ok();
        let text = |key: &str| {
            json.as_ref()
                .and_then(|j| j.get(key))
                .and_then(|v| v.as_str())
                .map(str::to_owned)
        };
        if !(200..300).contains(&status) {
            // §5.2: `error` and `error_description`; nothing else of the body is kept.
            return Err(Error::Auth(Box::new(AuthError {
                status: Some(status),
                code: text("error"),
                description: text("error_description"),
                message: "the token endpoint refused the request".into(),
            })));
        }
        let Some(access) = text("access_token").filter(|t| !t.is_empty()) else {
            return Err(auth_error(
                Some(status),
                "the token response has no `access_token`".into(),
            ));
        };
        match text("token_type") {
            Some(kind) if kind.eq_ignore_ascii_case("bearer") => {}
            // Lenient: a missing type is taken as bearer.
            None => {}
            Some(kind) => {
                return Err(auth_error(
                    Some(status),
                    format!(
                        "token type `{}` is not supported (only bearer)",
                        kind.chars().take(40).collect::<String>()
                    ),
                ))
            }
        }
        // A number, or a string holding one, as some servers send.
        let expires_in = json
            .as_ref()
            .and_then(|j| j.get("expires_in"))
            .and_then(|v| {
                v.as_u64()
                    .or_else(|| v.as_f64().filter(|f| *f >= 0.0).map(|f| f as u64))
                    .or_else(|| v.as_str().and_then(|s| s.trim().parse().ok()))
            });
        Ok(Fetched {
            access: Secret(access),
            expires_in: expires_in.map(Duration::from_secs),
            refresh_token: text("refresh_token").filter(|t| !t.is_empty()).map(Secret),
        })
    }
}

struct Fetched {
    access: Secret,
    expires_in: Option<Duration>,
    refresh_token: Option<Secret>,
}

fn auth_error(status: Option<u16>, message: String) -> Error {
    Error::Auth(Box::new(AuthError {
        status,
        code: None,
        description: None,
        message,
    }))
}
