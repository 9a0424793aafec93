// @generated from specs/ by `cargo xtask regenerate`.
// Do not edit by hand: change the spec (or the generator) and regenerate.

//! The HTTP client: configuration, authentication, retries, timeouts and decoding.

use std::fmt;
use std::future::{Future, IntoFuture};
use std::pin::Pin;
use std::sync::Arc;
use std::time::{Duration, Instant};

use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::encoding::{self, QueryStyle};
use crate::error::{body_prefix, ApiError, ApiErrorBody, DecodeError, Error, ERROR_BODY_LIMIT};
use crate::multipart::Multipart;

/// A secret that never shows in `Debug` output.
#[derive(Clone)]
pub(crate) struct Secret(pub(crate) String);

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("\"<redacted>\"")
    }
}

#[derive(Debug, Clone)]
enum CredentialKind {
    Basic,
    Bearer,
    Header(&'static str),
    Query(&'static str),
}

/// One credential the client sends with every request.
#[derive(Debug, Clone)]
pub(crate) struct Credential {
    kind: CredentialKind,
    secret: Secret,
}

#[allow(dead_code)]
impl Credential {
    /// HTTP Basic with the secret as user name and an empty password.
    pub(crate) fn basic(secret: impl Into<String>) -> Self {
        Credential {
            kind: CredentialKind::Basic,
            secret: Secret(secret.into()),
        }
    }

    /// `Authorization: Bearer <secret>`.
    pub(crate) fn bearer(secret: impl Into<String>) -> Self {
        Credential {
            kind: CredentialKind::Bearer,
            secret: Secret(secret.into()),
        }
    }

    /// A header carrying the secret.
    pub(crate) fn header(name: &'static str, secret: impl Into<String>) -> Self {
        Credential {
            kind: CredentialKind::Header(name),
            secret: Secret(secret.into()),
        }
    }

    /// A query parameter carrying the secret.
    pub(crate) fn query(name: &'static str, secret: impl Into<String>) -> Self {
        Credential {
            kind: CredentialKind::Query(name),
            secret: Secret(secret.into()),
        }
    }
}

/// Settings for the requests made through one resource handle
/// (`client.disputes().with_options(..)`), overriding the client's. Idempotency keys are not
/// here: a key belongs to one call ([`Call::idempotency_key`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RequestOptions {
    /// Retries after the first attempt, instead of the client's setting.
    pub max_retries: Option<u32>,
    /// Total time for one attempt, instead of the client's setting.
    pub timeout: Option<Duration>,
    /// Total time for the whole call, all attempts and the waits between them included,
    /// instead of the client's setting.
    pub deadline: Option<Duration>,
    /// Headers sent in addition to the client's (and replacing a client header of the same name).
    pub headers: Vec<(String, String)>,
}

/// The default limit on a response body: 16 MiB.
pub const DEFAULT_MAX_RESPONSE_BYTES: u64 = 16 * 1024 * 1024;

/// Builds a [`Client`]; get one with `Client::builder`.
#[derive(Debug, Clone)]
pub struct ClientBuilder {
    credentials: Vec<Credential>,
    base_url: String,
    timeout: Duration,
    connect_timeout: Duration,
    max_retries: u32,
    initial_backoff: Duration,
    max_backoff: Duration,
    max_retry_after: Duration,
    idempotency_header: String,
    idempotency_keys: bool,
    user_agent: String,
    http: Option<reqwest::Client>,
    deadline: Option<Duration>,
    max_response_bytes: u64,
    default_headers: Vec<(String, String)>,
    /// The environment the key belongs to, and the one chosen explicitly (names and URLs).
    key_environment: Option<(&'static str, &'static str)>,
    chosen_environment: Option<(&'static str, &'static str)>,
    transport: Option<crate::testing::MockTransport>,
    /// The OAuth2 grant, when the client gets its bearer tokens itself, and its options.
    oauth: Option<crate::oauth::OAuthConfig>,
    oauth_tuning: crate::oauth::OAuthTuning,
}

impl ClientBuilder {
    pub(crate) fn new(credentials: impl IntoIterator<Item = Credential>, base_url: &str) -> Self {
        ClientBuilder {
            credentials: credentials.into_iter().collect(),
            base_url: base_url.to_owned(),
            timeout: Duration::from_secs(80),
            connect_timeout: Duration::from_secs(10),
            max_retries: 2,
            initial_backoff: Duration::from_millis(500),
            max_backoff: Duration::from_secs(8),
            max_retry_after: Duration::from_secs(60),
            idempotency_header: crate::config::IDEMPOTENCY_HEADER.into(),
            idempotency_keys: true,
            user_agent: format!(
                "{}/{} (rust)",
                env!("CARGO_PKG_NAME"),
                env!("CARGO_PKG_VERSION")
            ),
            http: None,
            deadline: None,
            max_response_bytes: DEFAULT_MAX_RESPONSE_BYTES,
            default_headers: Vec::new(),
            key_environment: None,
            chosen_environment: None,
            transport: None,
            oauth: None,
            oauth_tuning: Default::default(),
        }
    }

    /// Gets bearer tokens from an OAuth2 token endpoint (the generated
    /// `oauth2_client_credentials` and `oauth2_refresh_token` call it).
    #[allow(dead_code)]
    pub(crate) fn oauth2(mut self, config: crate::oauth::OAuthConfig) -> Self {
        self.oauth = Some(config);
        self
    }

    /// The OAuth2 options (scopes, client authentication, refresh margin).
    #[allow(dead_code)]
    pub(crate) fn oauth2_tuning(
        mut self,
        tune: impl FnOnce(&mut crate::oauth::OAuthTuning),
    ) -> Self {
        tune(&mut self.oauth_tuning);
        self
    }

    /// Records the environment the credential belongs to (from its prefix) and makes it the
    /// default server.
    #[allow(dead_code)]
    pub(crate) fn key_environment(mut self, name: &'static str, url: &'static str) -> Self {
        self.key_environment = Some((name, url));
        self.base_url = url.to_owned();
        self
    }

    /// Records an explicitly chosen environment and sends requests there.
    #[allow(dead_code)]
    pub(crate) fn chosen_environment(mut self, name: &'static str, url: &'static str) -> Self {
        self.chosen_environment = Some((name, url));
        self.base_url = url.to_owned();
        self
    }

    /// Total time allowed for a whole call: every attempt and the waits between retries
    /// (default: none, only [`Self::timeout`] per attempt). Each attempt gets at most the time
    /// that is left, and no retry starts that could not finish in time.
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.deadline = Some(deadline);
        self
    }

    /// The largest response body accepted, in bytes (default
    /// [`DEFAULT_MAX_RESPONSE_BYTES`], 16 MiB). It is enforced while the body streams in: a
    /// larger body fails with [`Error::ResponseTooLarge`] without being buffered. Error
    /// responses keep at most 64 KiB of their body either way.
    pub fn max_response_bytes(mut self, limit: u64) -> Self {
        self.max_response_bytes = limit;
        self
    }

    /// A header sent with every request (after the credentials and `User-Agent`, which it
    /// cannot replace). An invalid name or value is reported by [`Self::build`].
    pub fn default_header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.default_headers.push((name.into(), value.into()));
        self
    }

    /// Answers every request from `transport` instead of the network: for testing code that
    /// uses the client (see [`testing`](crate::testing)).
    pub fn mock_transport(mut self, transport: crate::testing::MockTransport) -> Self {
        self.transport = Some(transport);
        self
    }

    /// Sends requests to `url` (any server: a mock, a proxy) instead of the default.
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = url.into();
        self
    }

    /// Total time allowed for one attempt, from connecting to reading the body (default 80 s).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// Time allowed to establish a connection (default 10 s).
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }

    /// Retries after a connection error, a timeout, a 429 or a 5xx (default 2).
    pub fn max_retries(mut self, retries: u32) -> Self {
        self.max_retries = retries;
        self
    }

    /// Exponential backoff between retries: the first delay and the cap (default 0.5 s, 8 s);
    /// each delay is jittered between half and all of its value.
    pub fn backoff(mut self, initial: Duration, max: Duration) -> Self {
        self.initial_backoff = initial;
        self.max_backoff = max;
        self
    }

    /// The longest `Retry-After` honoured (default 60 s); longer waits are capped to it.
    pub fn max_retry_after(mut self, max: Duration) -> Self {
        self.max_retry_after = max;
        self
    }

    /// The header carrying idempotency keys where the spec declares none (default: the API's,
    /// as its settings or spec name it, else `Idempotency-Key`); an invalid name is reported
    /// by [`Self::build`].
    pub fn idempotency_header(mut self, name: impl Into<String>) -> Self {
        self.idempotency_header = name.into();
        self
    }

    /// Whether non-idempotent requests get a fresh idempotency key (default `true`). Without
    /// one they are not retried after the request may have reached the server.
    pub fn idempotency_keys(mut self, enabled: bool) -> Self {
        self.idempotency_keys = enabled;
        self
    }

    /// Appends `suffix` to the `User-Agent` (your application's name and version).
    pub fn user_agent_suffix(mut self, suffix: &str) -> Self {
        self.user_agent = format!("{} {suffix}", self.user_agent);
        self
    }

    /// Uses a preconfigured `reqwest::Client` (proxies, custom TLS); timeouts set here on
    /// connection establishment then do not apply, and its redirect policy is used (the
    /// default client follows none: a 3xx is an [`Error::Api`]). The `User-Agent` is still sent.
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.http = Some(client);
        self
    }

    /// Builds the client; fails with [`Error::Config`] on an invalid base URL, header name or
    /// value, an environment that contradicts the key, or when TLS cannot be initialized.
    pub fn build(self) -> Result<Client, Error> {
        if let (Some((key_env, _)), Some((chosen, _))) =
            (self.key_environment, self.chosen_environment)
        {
            if key_env != chosen {
                return Err(Error::Config(format!(
                    "the key belongs to the {key_env} environment but the {chosen} environment was chosen"
                )));
            }
        }
        reqwest::header::HeaderName::from_bytes(self.idempotency_header.as_bytes()).map_err(
            |_| {
                Error::Config(format!(
                    "`{}` is not a valid idempotency header name",
                    self.idempotency_header
                ))
            },
        )?;
        let default_headers = header_map(&self.default_headers).map_err(|(name, what)| {
            Error::Config(format!("default header `{name}` has an invalid {what}"))
        })?;
        let base = reqwest::Url::parse(&self.base_url)
            .map_err(|e| Error::Config(format!("invalid base URL `{}`: {e}", self.base_url)))?;
        if base.scheme() != "http" && base.scheme() != "https" {
            return Err(Error::Config(format!(
                "base URL `{}` is not http(s)",
                self.base_url
            )));
        }
        if base.query().is_some() || base.fragment().is_some() {
            return Err(Error::Config(format!(
                "base URL `{}` must not have a query or fragment",
                self.base_url
            )));
        }
        // A client built here carries the attempt timeout itself, so requests that use it need
        // no per-request setting; a caller-supplied one gets it on every request.
        let (http, http_timeout) = match self.http {
            Some(http) => (http, None),
            // Redirects are not followed: reqwest would turn a redirected POST into a GET
            // and the caller would get the GET's answer as the result of an update.
            None => (
                reqwest::Client::builder()
                    .redirect(reqwest::redirect::Policy::none())
                    .connect_timeout(self.connect_timeout)
                    .timeout(self.timeout)
                    .user_agent(self.user_agent.clone())
                    .build()
                    .map_err(|e| Error::Config(format!("cannot build the HTTP client: {e}")))?,
                Some(self.timeout),
            ),
        };
        let oauth = match self.oauth {
            Some(mut config) => {
                self.oauth_tuning.apply(&mut config);
                Some(config.source(&base)?)
            }
            None => None,
        };
        let mut prepared = Prepared::new(&self.credentials, &self.user_agent)?;
        for (name, value) in default_headers {
            if let Some(name) = name {
                if !prepared.headers.contains_key(&name) {
                    prepared.headers.insert(name, value);
                }
            }
        }
        Ok(Client {
            inner: Arc::new(Inner {
                http,
                base_url: base.as_str().trim_end_matches('/').to_owned(),
                base_path: base.path().trim_end_matches('/').to_owned(),
                base,
                prepared,
                timeout: self.timeout,
                http_timeout,
                max_retries: self.max_retries,
                initial_backoff: self.initial_backoff,
                max_backoff: self.max_backoff,
                max_retry_after: self.max_retry_after,
                idempotency_header: self.idempotency_header,
                idempotency_keys: self.idempotency_keys,
                user_agent: self.user_agent,
                deadline: self.deadline,
                max_response_bytes: self.max_response_bytes,
                transport: self.transport,
                oauth,
            }),
        })
    }
}

#[derive(Debug)]
struct Inner {
    http: reqwest::Client,
    base_url: String,
    /// The base URL parsed once, so a request's URL only needs its path parsed.
    base: reqwest::Url,
    /// The base URL's path without its trailing `/` (empty for a host alone).
    base_path: String,
    /// `User-Agent` and credential headers, encoded once when the client is built.
    prepared: Prepared,
    timeout: Duration,
    /// The total timeout `http` applies to every request by itself, when the client built it.
    http_timeout: Option<Duration>,
    max_retries: u32,
    initial_backoff: Duration,
    max_backoff: Duration,
    max_retry_after: Duration,
    idempotency_header: String,
    idempotency_keys: bool,
    user_agent: String,
    deadline: Option<Duration>,
    max_response_bytes: u64,
    transport: Option<crate::testing::MockTransport>,
    /// Where bearer tokens come from, when the client fetches them (OAuth2).
    oauth: Option<crate::oauth::TokenSource>,
}

/// Headers as a `HeaderMap`; the name of the first invalid one and what is wrong with it
/// otherwise.
fn header_map(
    headers: &[(String, String)],
) -> Result<reqwest::header::HeaderMap, (String, &'static str)> {
    let mut map = reqwest::header::HeaderMap::new();
    for (name, value) in headers {
        let header = reqwest::header::HeaderName::from_bytes(name.as_bytes())
            .map_err(|_| (name.clone(), "name"))?;
        let value =
            reqwest::header::HeaderValue::from_str(value).map_err(|_| (name.clone(), "value"))?;
        map.insert(header, value);
    }
    Ok(map)
}

/// What every request carries, encoded once: the `User-Agent` and credential headers (marked
/// sensitive), and credential query parameters.
struct Prepared {
    headers: reqwest::header::HeaderMap,
    query: Vec<(String, String)>,
}

impl std::fmt::Debug for Prepared {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Prepared { <redacted> }")
    }
}

impl Prepared {
    fn new(credentials: &[Credential], user_agent: &str) -> Result<Self, Error> {
        use reqwest::header::{HeaderValue, AUTHORIZATION, USER_AGENT};
        let mut headers = reqwest::header::HeaderMap::new();
        let invalid = |what: &str| Error::Config(format!("the {what} is not a valid header value"));
        headers.insert(
            USER_AGENT,
            HeaderValue::from_str(user_agent).map_err(|_| invalid("User-Agent"))?,
        );
        let mut query = Vec::new();
        for credential in credentials {
            let secret = &credential.secret.0;
            let (name, value) = match &credential.kind {
                CredentialKind::Basic => (
                    AUTHORIZATION,
                    format!("Basic {}", base64(format!("{secret}:").as_bytes())),
                ),
                CredentialKind::Bearer => (AUTHORIZATION, format!("Bearer {secret}")),
                CredentialKind::Header(name) => (
                    reqwest::header::HeaderName::from_bytes(name.as_bytes())
                        .map_err(|_| invalid("credential header name"))?,
                    secret.clone(),
                ),
                CredentialKind::Query(name) => {
                    query.push(((*name).to_owned(), secret.clone()));
                    continue;
                }
            };
            let mut value = HeaderValue::from_str(&value).map_err(|_| invalid("credential"))?;
            value.set_sensitive(true);
            headers.append(name, value);
        }
        Ok(Prepared { headers, query })
    }
}

/// Standard base64 with padding (RFC 4648), for HTTP Basic credentials.
pub(crate) fn base64(input: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(input.len().div_ceil(3) * 4);
    for chunk in input.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// The API client. Cheap to clone (the connection pool is shared); credentials never show in
/// `Debug` output or errors.
#[derive(Debug, Clone)]
pub struct Client {
    inner: Arc<Inner>,
}

/// One request, as built by a generated operation (or [`Client::raw`]).
pub(crate) struct ApiRequest {
    method: reqwest::Method,
    path: String,
    query: Vec<(String, String)>,
    /// Names and values as the spec writes them (literals borrowed, parameters owned).
    headers: Vec<(&'static str, std::borrow::Cow<'static, str>)>,
    pub(crate) body: Option<Body>,
    idempotency_header: Option<String>,
    /// `resource.operation`, for tracing.
    operation: &'static str,
    /// The path as the spec writes it (`/v1/disputes/{dispute}`), for tracing; empty for a
    /// raw call, whose path is its own template.
    path_template: &'static str,
    /// Fields added to the body ([`Call::extra`]): names and JSON-encoded values, in order;
    /// merged into the body once, before the first attempt.
    extras: Vec<(String, Vec<u8>)>,
    /// The JSON body's members go in the query too (after the extras are merged, so they do
    /// as well): for an operation whose settings say `body_also_as_query`.
    body_as_query: bool,
}

/// Bodies and extra fields show as sizes and names only: their values may be secrets.
impl fmt::Debug for ApiRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ApiRequest")
            .field("method", &self.method)
            .field("path", &self.path)
            .field("query", &self.query)
            .field("headers", &self.headers)
            .field("body", &self.body)
            .field(
                "extras",
                &self.extras.iter().map(|(name, _)| name).collect::<Vec<_>>(),
            )
            .field("idempotency_header", &self.idempotency_header)
            .field("operation", &self.operation)
            .field("body_as_query", &self.body_as_query)
            .finish()
    }
}

#[allow(dead_code)]
impl ApiRequest {
    pub(crate) fn new(method: reqwest::Method, path: String) -> Self {
        ApiRequest {
            method,
            path,
            query: Vec::new(),
            headers: Vec::new(),
            body: None,
            idempotency_header: None,
            operation: "",
            path_template: "",
            extras: Vec::new(),
            body_as_query: false,
        }
    }

    /// The operation's name for messages (`disputes.update`, `Client::raw`).
    fn operation_name(&self) -> &'static str {
        if self.operation.is_empty() {
            "this call"
        } else {
            self.operation
        }
    }

    /// A field to send in the body after the typed ones ([`Call::extra`]).
    pub(crate) fn extra<V: Serialize + ?Sized>(
        &mut self,
        name: String,
        value: &V,
    ) -> Result<(), Error> {
        if name.is_empty() {
            return Err(Error::InvalidRequest("an extra field needs a name".into()));
        }
        let value = serde_json::to_vec(value).map_err(|e| {
            Error::InvalidRequest(format!("cannot encode the extra field `{name}`: {e}"))
        })?;
        self.extras.push((name, value));
        Ok(())
    }

    /// The request with its extra fields merged into the body, once for all attempts: after
    /// the members of a JSON object, after the pairs of a form, as text parts of a multipart
    /// body. A name the body already has is an [`Error::InvalidRequest`] naming it, and so are
    /// extras on a call without a body, or with a body of bytes or text. Then, for an
    /// operation that sends its body as query parameters too, the query gets the merged
    /// body's members (extras included), so both places carry the same fields.
    pub(crate) fn with_extras(self) -> Result<Self, Error> {
        let mut request = self.merge_extras()?;
        if request.body_as_query {
            request.body_as_query = false;
            if let Some(Body::Bytes(bytes, _, Encoded::Json)) = &request.body {
                let pairs =
                    encoding::json_body_as_query(bytes, &request.query, request.operation_name())?;
                request.query.extend(pairs);
            }
        }
        Ok(request)
    }

    /// The extras merged into the body (see [`Self::with_extras`]).
    fn merge_extras(mut self) -> Result<Self, Error> {
        if self.extras.is_empty() {
            return Ok(self);
        }
        let extras = std::mem::take(&mut self.extras);
        let operation = self.operation_name();
        let first = &extras[0].0;
        match &mut self.body {
            None => {
                let hint = if self.path_template.is_empty() {
                    "set one with `.json(..)` or `.form(..)`"
                } else {
                    "`Client::raw` sends any body"
                };
                Err(Error::InvalidRequest(format!(
                    "`{operation}` sends no request body, so the extra field `{first}` has nowhere to go ({hint})"
                )))
            }
            Some(Body::Bytes(bytes, _, encoded)) => {
                let merged = match encoded {
                    Encoded::Json => encoding::json_with_extras(bytes, &extras, operation)?,
                    Encoded::Form => encoding::form_with_extras(bytes, &extras, operation)?,
                    Encoded::Raw => {
                        return Err(Error::InvalidRequest(format!(
                            "the request body of `{operation}` is sent as it is given, so the extra field `{first}` cannot be added to it"
                        )))
                    }
                };
                *bytes = merged.into();
                Ok(self)
            }
            Some(Body::Multipart(form)) => {
                form.extras(&extras, operation)?;
                Ok(self)
            }
        }
    }

    /// The operation, path template and path, for a test transport's routes.
    pub(crate) fn sent(&self) -> crate::testing::Sent<'_> {
        crate::testing::Sent {
            operation: self.operation,
            template: self.path_template,
            path: &self.path,
        }
    }

    /// Names the operation (`disputes.retrieve`) and its path template, for tracing.
    pub(crate) fn operation(&mut self, operation: &'static str, path_template: &'static str) {
        self.operation = operation;
        self.path_template = path_template;
    }

    /// A fixed header.
    pub(crate) fn header(&mut self, name: &'static str, value: &'static str) {
        self.headers.push((name, value.into()));
    }

    /// A header parameter.
    pub(crate) fn header_param<T: Serialize + ?Sized>(
        &mut self,
        name: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        if let Some(v) = encoding::header_value(value)? {
            self.headers.push((name, v.into()));
        }
        Ok(())
    }

    /// A query parameter.
    pub(crate) fn query<T: Serialize + ?Sized>(
        &mut self,
        name: &str,
        value: &T,
        style: QueryStyle,
    ) -> Result<(), Error> {
        self.query
            .extend(encoding::query_pairs(name, value, style)?);
        Ok(())
    }

    /// A JSON body.
    pub(crate) fn json_body<T: Serialize + ?Sized>(
        &mut self,
        body: &T,
        media_type: &str,
    ) -> Result<(), Error> {
        let bytes = serde_json::to_vec(body)
            .map_err(|e| Error::InvalidRequest(format!("cannot encode the body: {e}")))?;
        self.body = Some(Body::Bytes(
            bytes.into(),
            media_type.to_owned(),
            Encoded::Json,
        ));
        Ok(())
    }

    /// A form body.
    pub(crate) fn form_body<T: Serialize + ?Sized>(&mut self, body: &T) -> Result<(), Error> {
        self.body = Some(Body::Bytes(
            encoding::form_body(body)?.into_bytes().into(),
            "application/x-www-form-urlencoded".into(),
            Encoded::Form,
        ));
        Ok(())
    }

    /// A raw body (an upload's bytes, a `text/plain` text) sent as is with its media type.
    pub(crate) fn raw_body(&mut self, body: impl Into<Vec<u8>>, media_type: &str) {
        self.body = Some(Body::Bytes(
            body.into().into(),
            media_type.to_owned(),
            Encoded::Raw,
        ));
    }

    /// A `multipart/form-data` body.
    pub(crate) fn multipart_body(&mut self, body: Multipart) {
        self.body = Some(Body::Multipart(body));
    }

    /// Sends the JSON body's members as query parameters too (`limit=3&created[gte]=1`),
    /// extra fields included; added to the query once, before the first attempt.
    pub(crate) fn body_also_as_query(&mut self) {
        self.body_as_query = true;
    }

    /// The idempotency header the spec declares for this operation.
    pub(crate) fn idempotency_header(&mut self, name: &str) {
        self.idempotency_header = Some(name.to_owned());
    }
}

/// Runs the statements building a request (kept apart so an operation can return a [`Call`]
/// whose error, if building failed, shows when it is awaited).
#[allow(dead_code)]
pub(crate) fn build_request(
    build: impl FnOnce() -> Result<ApiRequest, Error>,
) -> Result<ApiRequest, Error> {
    build()
}

/// A request body: encoded bytes with their media type and how they were encoded, or
/// multipart parts (rebuilt for every attempt, since a multipart stream can be sent only once).
pub(crate) enum Body {
    Bytes(bytes::Bytes, String, Encoded),
    Multipart(Multipart),
}

/// How the bytes of a body were made, which says how extra fields join them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Encoded {
    /// A JSON value (`ApiRequest::json_body`).
    Json,
    /// `application/x-www-form-urlencoded` pairs (`ApiRequest::form_body`).
    Form,
    /// Bytes or text sent as given (`ApiRequest::raw_body`).
    Raw,
}

/// A body's size and media type, never its contents.
impl fmt::Debug for Body {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Body::Bytes(bytes, media_type, _) => {
                write!(f, "<{} bytes of {media_type}>", bytes.len())
            }
            Body::Multipart(form) => write!(f, "<multipart, {} parts>", form.len()),
        }
    }
}

/// What one attempt produced.
enum Attempt {
    Response(Reply),
    Failed(Error, Retry),
}

/// A response as read: status, headers and body (bounded), attempts made. The request ID is
/// read from the headers only when something needs it ([`Reply::request_id`]). The body is the
/// connection's buffer itself when it arrived in one piece (no copy).
pub(crate) struct Reply {
    status: u16,
    headers: reqwest::header::HeaderMap,
    body: bytes::Bytes,
    body_truncated: bool,
    attempts: u32,
}

impl Reply {
    /// The response's HTTP status (a generated response enum decodes by it).
    #[allow(dead_code)]
    pub(crate) fn status(&self) -> u16 {
        self.status
    }

    /// The request ID the response carries, when it has one.
    fn request_id(&self) -> Option<String> {
        request_id_of(&self.headers)
    }
}

/// Whether a failed attempt may be tried again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Retry {
    /// The request never left (connection refused, connect timeout): always retryable.
    NotSent,
    /// It may have reached the server (reset, timeout while waiting): retryable when the
    /// method is idempotent or the request carries an idempotency key.
    MaybeSent,
    /// The request cannot be built, or the answer cannot be used; trying again cannot help.
    Never,
}

/// The longest request ID kept, in bytes; a longer one is cut and marked, so a server cannot
/// make every error message and log line carry a header of hundreds of kilobytes.
const REQUEST_ID_LIMIT: usize = 200;

/// The request ID a response carries (in the first of the API's request-ID headers it has,
/// `crate::config::REQUEST_ID_HEADERS`), at most [`REQUEST_ID_LIMIT`] bytes of it.
pub(crate) fn request_id_of(headers: &reqwest::header::HeaderMap) -> Option<String> {
    crate::config::REQUEST_ID_HEADERS.iter().find_map(|h| {
        // `to_str` accepts visible ASCII only, so any byte index is a character boundary.
        let id = headers.get(*h)?.to_str().ok()?;
        Some(if id.len() <= REQUEST_ID_LIMIT {
            id.to_owned()
        } else {
            format!("{}… (cut)", &id[..REQUEST_ID_LIMIT])
        })
    })
}

/// A successful call with everything its response said besides the body: get one with
/// [`Call::with_response`].
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Response<T> {
    /// The decoded body.
    pub data: T,
    /// HTTP status code (2xx).
    pub status: u16,
    /// The response headers.
    pub headers: reqwest::header::HeaderMap,
    /// The request ID (from the API's request-ID header, when it has one and the response carries it).
    pub request_id: Option<String>,
    /// How many attempts the call took (1 without retries).
    pub attempts: u32,
}

impl<T> Response<T> {
    /// The decoded body, without the rest.
    pub fn into_data(self) -> T {
        self.data
    }
}

/// Turns a successful response into the operation's result.
type Decoder<T> = fn(&mut Reply) -> Result<T, Error>;

/// One API call, returned by every operation: `.await` it for the result, or first set
/// per-call options (`.idempotency_key(..)`, `.header(..)`, `.timeout(..)`, `.deadline(..)`,
/// `.max_retries(..)`, `.extra(..)` for a body field the types lack), or
/// `.with_response().await` for the status, headers and request ID too.
///
/// Nothing is sent until the call is awaited.
#[must_use = "a call does nothing until it is awaited"]
pub struct Call<'a, T> {
    client: &'a Client,
    request: Result<ApiRequest, Error>,
    options: RequestOptions,
    idempotency_key: Option<String>,
    decode: Decoder<T>,
}

impl<T> fmt::Debug for Call<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Call")
            .field("request", &self.request)
            .field("options", &self.options)
            .field("idempotency_key", &self.idempotency_key)
            .finish_non_exhaustive()
    }
}

#[allow(dead_code)]
impl<'a, T: Send + 'a> Call<'a, T> {
    /// A call that sends `request` (or fails with its error) and decodes the answer.
    pub(crate) fn new(
        client: &'a Client,
        request: Result<ApiRequest, Error>,
        options: &RequestOptions,
        decode: Decoder<T>,
    ) -> Self {
        Call {
            client,
            request,
            options: options.clone(),
            idempotency_key: None,
            decode,
        }
    }

    /// Sends `key` as this call's idempotency key (the same across its retries) instead of a
    /// fresh one; reuse a key only to retry this same call later. A key that is not a valid
    /// header value fails the call with [`Error::InvalidRequest`].
    pub fn idempotency_key(mut self, key: impl Into<String>) -> Self {
        self.idempotency_key = Some(key.into());
        self
    }

    /// Sends this header too, replacing one of the same name set on the client. An invalid
    /// name or value fails the call with [`Error::InvalidRequest`].
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.options.headers.push((name.into(), value.into()));
        self
    }

    /// Total time for one attempt of this call, instead of the client's setting.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// Total time for this call, all attempts included, instead of the client's setting.
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// Retries after the first attempt, instead of the client's setting.
    pub fn max_retries(mut self, retries: u32) -> Self {
        self.options.max_retries = Some(retries);
        self
    }

    /// Sends the field `name` with `value` in the request body too, after the typed fields
    /// (and the extras added before it): for a field the API accepts but the generated types
    /// lack. In a JSON body it is one more member (`null` included); in a form body it is
    /// encoded as the typed fields are (`name[key]=value` for an object; `null` sends
    /// nothing); in a multipart body it is a text part.
    ///
    /// The call fails with [`Error::InvalidRequest`] naming the field, before anything is
    /// sent, when the body already has it (a typed field that is set, or another extra: never
    /// a duplicate key), when the operation sends no body (use [`Client::raw`] for a body the
    /// spec does not declare), or when its body is bytes or text sent as given. The body is
    /// merged once, so retries send the same bytes with the same idempotency key. Extra
    /// values are never logged or traced, and `Debug` shows their names only.
    pub fn extra(mut self, name: impl Into<String>, value: impl Serialize) -> Self {
        if let Ok(request) = &mut self.request {
            if let Err(error) = request.extra(name.into(), &value) {
                self.request = Err(error);
            }
        }
        self
    }

    /// Sends the call and returns the decoded body with the response's status, headers and
    /// request ID.
    pub async fn with_response(self) -> Result<Response<T>, Error> {
        let request = self.request.and_then(ApiRequest::with_extras)?;
        let mut reply = self
            .client
            .execute(&request, &self.options, self.idempotency_key)
            .await?;
        let data = (self.decode)(&mut reply)?;
        Ok(Response {
            data,
            status: reply.status,
            request_id: reply.request_id(),
            headers: reply.headers,
            attempts: reply.attempts,
        })
    }
}

impl<'a, T: Send + 'a> IntoFuture for Call<'a, T> {
    type Output = Result<T, Error>;
    type IntoFuture = Pin<Box<dyn Future<Output = Result<T, Error>> + Send + 'a>>;

    /// Sends the call and returns the decoded body alone. The call is taken apart here, before
    /// the future is made, so the future holds each part once (not the call and, once it runs,
    /// its request again), and a request that could not be built fails without one.
    fn into_future(self) -> Self::IntoFuture {
        let Call {
            client,
            request,
            options,
            idempotency_key,
            decode,
        } = self;
        match request.and_then(ApiRequest::with_extras) {
            Err(error) => Box::pin(std::future::ready(Err(error))),
            Ok(request) => Box::pin(async move {
                let mut reply = client.execute(&request, &options, idempotency_key).await?;
                decode(&mut reply)
            }),
        }
    }
}

/// A call to any method and path of the API, made with [`Client::raw`]: for an operation
/// the generated client lacks. It has the options of a [`Call`] (idempotency key, headers,
/// timeout, deadline, retries, extra body fields) and sends a query ([`Self::query`]) and a
/// JSON or form body ([`Self::json`], [`Self::form`]). `.await` it for the response body as
/// [`serde_json::Value`] (`Null` for an empty body), or decode it into any type with
/// [`Self::decode`].
///
/// Nothing is sent until the call is awaited.
#[must_use = "a call does nothing until it is awaited"]
#[derive(Debug)]
pub struct RawCall<'a> {
    call: Call<'a, serde_json::Value>,
}

impl<'a> RawCall<'a> {
    /// Runs `change` on the request, unless building it failed already; its error fails the
    /// call.
    fn change(mut self, change: impl FnOnce(&mut ApiRequest) -> Result<(), Error>) -> Self {
        if let Ok(request) = &mut self.call.request {
            if let Err(error) = change(request) {
                self.call.request = Err(error);
            }
        }
        self
    }

    /// Adds query parameters: a list of pairs (`&[("limit", "3")]`), a map or a struct, its
    /// values as text; nested values are bracketed (`created[gte]=1`, `expand[]=a`), `null`s
    /// left out. Each call adds to the query. Anything else fails the call with
    /// [`Error::InvalidRequest`].
    pub fn query<Q: Serialize + ?Sized>(self, query: &Q) -> Self {
        self.change(|request| {
            request.query.extend(encoding::free_query_pairs(query)?);
            Ok(())
        })
    }

    /// Sends `body` as JSON (`Content-Type: application/json`), replacing a body set before.
    pub fn json<B: Serialize + ?Sized>(self, body: &B) -> Self {
        self.change(|request| request.json_body(body, "application/json"))
    }

    /// Sends `body` form-encoded (`application/x-www-form-urlencoded`, nested values as
    /// `a[b]=c`, as the generated operations encode form bodies), replacing a body set before.
    pub fn form<B: Serialize + ?Sized>(self, body: &B) -> Self {
        self.change(|request| request.form_body(body))
    }

    /// See [`Call::extra`]: a field added to the body set with [`Self::json`] or
    /// [`Self::form`].
    pub fn extra(mut self, name: impl Into<String>, value: impl Serialize) -> Self {
        self.call = self.call.extra(name, value);
        self
    }

    /// See [`Call::idempotency_key`]. Like a typed call, a raw call with a method that is not
    /// idempotent (`POST`, `PATCH`) gets a fresh key when it has none.
    pub fn idempotency_key(mut self, key: impl Into<String>) -> Self {
        self.call = self.call.idempotency_key(key);
        self
    }

    /// See [`Call::header`]. A raw call sends `Accept: application/json` unless this replaces
    /// it.
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.call = self.call.header(name, value);
        self
    }

    /// See [`Call::timeout`].
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.call = self.call.timeout(timeout);
        self
    }

    /// See [`Call::deadline`].
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.call = self.call.deadline(deadline);
        self
    }

    /// See [`Call::max_retries`].
    pub fn max_retries(mut self, retries: u32) -> Self {
        self.call = self.call.max_retries(retries);
        self
    }

    /// The call, decoding the response body into `T` (strictly, as typed calls decode; an
    /// empty body decodes as `null` would, so `()` and `Option<_>` take it).
    pub fn decode<T: DeserializeOwned + Send + 'a>(self) -> Call<'a, T> {
        let Call {
            client,
            request,
            options,
            idempotency_key,
            decode: _,
        } = self.call;
        Call {
            client,
            request,
            options,
            idempotency_key,
            decode: decode_raw::<T>,
        }
    }

    /// Sends the call and returns the body as JSON with the response's status, headers and
    /// request ID.
    pub async fn with_response(self) -> Result<Response<serde_json::Value>, Error> {
        self.call.with_response().await
    }
}

impl<'a> IntoFuture for RawCall<'a> {
    type Output = Result<serde_json::Value, Error>;
    type IntoFuture = Pin<Box<dyn Future<Output = Result<serde_json::Value, Error>> + Send + 'a>>;

    /// Sends the call and returns the body as JSON (`Null` for an empty body).
    fn into_future(self) -> Self::IntoFuture {
        self.call.into_future()
    }
}

/// The checks on a path given to [`Client::raw`]: from `/`, never a URL (`https://..`,
/// `//host`), without a query or fragment, backslashes, or `.`/`..` segments (which would
/// move out of the base URL's path).
pub(crate) fn check_raw_path(path: &str) -> Result<(), Error> {
    let refuse = |why: &str| {
        // The path is not quoted: a URL given by mistake may carry credentials.
        Err(Error::InvalidRequest(format!(
            "`Client::raw` takes a path from `/` under the client's base URL, so the credentials go nowhere else: {why}"
        )))
    };
    if !path.starts_with('/') || path.starts_with("//") {
        return refuse("this one is a URL or does not start with `/`");
    }
    if path.contains(['?', '#']) {
        return refuse("this one has a query or fragment (add query parameters with `.query(..)`)");
    }
    if path.contains('\\') {
        return refuse("this one has a backslash");
    }
    let dots = path.split('/').any(|segment| {
        let segment = segment.to_ascii_lowercase().replace("%2e", ".");
        segment == "." || segment == ".."
    });
    if dots {
        return refuse("this one has a `.` or `..` segment");
    }
    Ok(())
}

/// Decodes a raw call's body into `T`: strictly, as [`decode_json`] does, and an empty body
/// as `null`.
fn decode_raw<T: DeserializeOwned>(reply: &mut Reply) -> Result<T, Error> {
    if reply.body.iter().all(u8::is_ascii_whitespace) {
        return T::deserialize(serde_json::Value::Null)
            .map_err(|e| decode_error(reply, String::new(), e.to_string()));
    }
    decode_json(reply)
}

/// Decodes a JSON body into `T`, strictly: an object type needs a JSON object at every depth
/// (serde would also take an array), and nothing may follow the value.
#[allow(dead_code)]
pub(crate) fn decode_json<T: DeserializeOwned>(reply: &mut Reply) -> Result<T, Error> {
    let body = &reply.body;
    if expects_object::<T>() {
        // Anything that is not JSON is left to serde, whose message says where it fails.
        let found = match body.iter().find(|b| !b.is_ascii_whitespace()) {
            Some(b'[') => Some("an array"),
            Some(b'"') => Some("a string"),
            Some(b'-' | b'0'..=b'9') => Some("a number"),
            Some(b't' | b'f') => Some("a boolean"),
            Some(b'n') => Some("null"),
            _ => None,
        };
        if let Some(found) = found {
            return Err(decode_error(
                reply,
                String::new(),
                format!("expected a JSON object, found {found}"),
            ));
        }
    }
    // The fast path, plain `serde_json` (which also rejects trailing data): the generated
    // structs read themselves from JSON objects only (`crate::object`, also as a variant of an
    // untagged union, from serde's buffer), so no wrapper is needed to keep arrays out at any
    // depth. Only a failure is decoded again, through the `crate::strict` wrapper
    // as well, to find where it failed.
    if let Ok(value) = serde_json::from_slice(body) {
        return Ok(value);
    }
    let mut de = serde_json::Deserializer::from_slice(body);
    match serde_path_to_error::deserialize::<_, T>(crate::strict::Strict(&mut de)) {
        // The value decodes, so what failed is what follows it.
        Ok(value) => match de.end() {
            Ok(()) => Ok(value),
            Err(e) => Err(decode_error(reply, String::new(), e.to_string())),
        },
        Err(e) => Err(decode_error(
            reply,
            e.path().to_string(),
            e.inner().to_string(),
        )),
    }
}

/// Returns the body as it came (downloads: PDFs, CSVs, images).
#[allow(dead_code)]
pub(crate) fn decode_bytes(reply: &mut Reply) -> Result<Vec<u8>, Error> {
    Ok(Vec::from(std::mem::take(&mut reply.body)))
}

/// Ignores the body.
#[allow(dead_code)]
pub(crate) fn decode_empty(_: &mut Reply) -> Result<(), Error> {
    Ok(())
}

fn decode_error(reply: &Reply, path: String, mut message: String) -> Error {
    // serde quotes the offending value, which the server controls: keep the message short.
    const MESSAGE_LIMIT: usize = 1024;
    if message.len() > MESSAGE_LIMIT {
        let mut end = MESSAGE_LIMIT;
        while !message.is_char_boundary(end) {
            end -= 1;
        }
        message.truncate(end);
        message.push_str("… (cut)");
    }
    let (body, cut) = body_prefix(&reply.body);
    Error::Decode(Box::new(DecodeError {
        status: reply.status,
        path,
        message,
        body,
        body_truncated: cut || reply.body_truncated,
        request_id: reply.request_id(),
    }))
}

/// Whether `T` deserializes from a JSON object only (a struct or a map), found by asking its
/// `Deserialize` implementation which shape it wants.
fn expects_object<T: DeserializeOwned>() -> bool {
    matches!(T::deserialize(ShapeProbe), Err(ProbeError(true)))
}

/// A deserializer that only records whether a struct or map was asked for.
struct ShapeProbe;

#[derive(Debug)]
struct ProbeError(bool);

impl fmt::Display for ProbeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("shape probe")
    }
}

impl std::error::Error for ProbeError {}

impl serde::de::Error for ProbeError {
    fn custom<M: fmt::Display>(_: M) -> Self {
        ProbeError(false)
    }
}

impl<'de> serde::Deserializer<'de> for ShapeProbe {
    type Error = ProbeError;

    fn deserialize_any<V: serde::de::Visitor<'de>>(self, _: V) -> Result<V::Value, ProbeError> {
        Err(ProbeError(false))
    }

    fn deserialize_struct<V: serde::de::Visitor<'de>>(
        self,
        _: &'static str,
        _: &'static [&'static str],
        _: V,
    ) -> Result<V::Value, ProbeError> {
        Err(ProbeError(true))
    }

    fn deserialize_map<V: serde::de::Visitor<'de>>(self, _: V) -> Result<V::Value, ProbeError> {
        Err(ProbeError(true))
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        option unit unit_struct newtype_struct seq tuple tuple_struct enum identifier ignored_any
    }
}

impl Client {
    /// The base URL requests go to.
    pub fn base_url(&self) -> &str {
        &self.inner.base_url
    }

    /// The URL of `path` (percent-encoded, from `/`) under the base URL. The base was parsed
    /// when the client was built; only the path is parsed here.
    fn url(&self, path: &str) -> reqwest::Url {
        let inner = &self.inner;
        let mut url = inner.base.clone();
        if inner.base_path.is_empty() {
            url.set_path(path);
        } else {
            url.set_path(&[inner.base_path.as_str(), path].concat());
        }
        url
    }

    /// The `User-Agent` sent with every request.
    pub fn user_agent(&self) -> &str {
        &self.inner.user_agent
    }

    /// A call to any `method` and `path` of the API, for an operation the generated client
    /// lacks: with the same credentials, retries, idempotency keys, timeouts, deadline,
    /// tracing and error decoding as the typed calls ([`RawCall`]).
    ///
    /// `path` goes under the base URL as given, from its `/` (`/v1/customers/cus_1`):
    /// encode the IDs in it with [`encode_path_segment`](crate::encode_path_segment). A full
    /// URL (`https://..`, `//host`), a path with a query or fragment (add query parameters
    /// with [`RawCall::query`]), a backslash or a `.`/`..` segment fails the call with
    /// [`Error::InvalidRequest`] when it is awaited: the credentials go to the client's
    /// server only.
    pub fn raw(&self, method: reqwest::Method, path: &str) -> RawCall<'_> {
        let request = check_raw_path(path).map(|()| {
            let mut request = ApiRequest::new(method, path.to_owned());
            request.operation("Client::raw", "");
            request.header("Accept", "application/json");
            request
        });
        RawCall {
            call: Call::new(
                self,
                request,
                &RequestOptions::default(),
                decode_raw::<serde_json::Value>,
            ),
        }
    }

    /// Sends the request (retrying as configured) and reads a 2xx response; anything else is
    /// an error. Without tracing this is the attempt loop itself, not a future wrapping it
    /// (every level of nesting is one more copy of the whole state when the call starts).
    #[cfg(not(feature = "tracing"))]
    fn execute<'s>(
        &'s self,
        request: &'s ApiRequest,
        options: &'s RequestOptions,
        idempotency_key: Option<String>,
    ) -> impl Future<Output = Result<Reply, Error>> + 's {
        self.execute_attempts(request, options, idempotency_key)
    }

    /// Sends the request (retrying as configured) and reads a 2xx response; anything else is
    /// an error. The call is one `api_call` span.
    #[cfg(feature = "tracing")]
    async fn execute(
        &self,
        request: &ApiRequest,
        options: &RequestOptions,
        idempotency_key: Option<String>,
    ) -> Result<Reply, Error> {
        use tracing::Instrument;
        let span = tracing::info_span!(
            "api_call",
            operation = request.operation,
            method = %request.method,
            // A raw call's path is its own template (its query is never recorded).
            path = if request.path_template.is_empty() {
                request.path.as_str()
            } else {
                request.path_template
            },
            attempts = tracing::field::Empty,
            status = tracing::field::Empty,
            request_id = tracing::field::Empty,
            elapsed_ms = tracing::field::Empty,
            error = tracing::field::Empty,
        );
        let started = Instant::now();
        let result = self
            .execute_attempts(request, options, idempotency_key)
            .instrument(span.clone())
            .await;
        span.record("elapsed_ms", started.elapsed().as_millis() as u64);
        match &result {
            Ok(reply) => {
                span.record("status", reply.status);
                span.record("attempts", reply.attempts);
                if let Some(id) = &reply.request_id() {
                    span.record(
                        "request_id",
                        tracing::field::display(crate::error::Escaped(id)),
                    );
                }
            }
            Err(error) => {
                if let Some(status) = error.status() {
                    span.record("status", status);
                }
                if let Some(id) = error.request_id() {
                    span.record(
                        "request_id",
                        tracing::field::display(crate::error::Escaped(id)),
                    );
                }
                span.record("error", tracing::field::display(error));
            }
        }
        result
    }

    /// The OAuth2 access token to send, when the client fetches its own.
    async fn oauth_token(&self) -> Result<Option<Secret>, Error> {
        match &self.inner.oauth {
            Some(source) => source
                .token(&self.inner.http, self.inner.transport.as_ref())
                .await
                .map(Some),
            None => Ok(None),
        }
    }

    async fn execute_attempts(
        &self,
        request: &ApiRequest,
        options: &RequestOptions,
        idempotency_key: Option<String>,
    ) -> Result<Reply, Error> {
        let inner = &self.inner;
        // The clock is read only when a deadline needs it.
        let deadline = options
            .deadline
            .or(inner.deadline)
            .map(|d| Instant::now() + d);
        let url = self.url(&request.path);
        let extra_headers = header_map(&options.headers).map_err(|(name, what)| {
            Error::InvalidRequest(format!("header `{name}` has an invalid {what}"))
        })?;
        if let Some(key) = &idempotency_key {
            if reqwest::header::HeaderValue::from_str(key).is_err() || key.is_empty() {
                return Err(Error::InvalidRequest(
                    "the idempotency key is empty or not a valid header value".into(),
                ));
            }
        }
        let safe_method = matches!(
            request.method.as_str(),
            "GET" | "HEAD" | "PUT" | "DELETE" | "OPTIONS" | "TRACE"
        );
        let idempotency = if safe_method {
            None
        } else {
            match (
                idempotency_key,
                inner.idempotency_keys || request.idempotency_header.is_some(),
            ) {
                (Some(key), _) => Some(key),
                (None, true) => Some(uuid::Uuid::new_v4().to_string()),
                (None, false) => None,
            }
        };
        let idempotency_header = request
            .idempotency_header
            .as_deref()
            .unwrap_or(&inner.idempotency_header);
        let retry_safe = safe_method || idempotency.is_some();
        let max_retries = options.max_retries.unwrap_or(inner.max_retries);
        let timeout = options.timeout.unwrap_or(inner.timeout);
        let mut bearer = self.oauth_token().await?;
        // A 401 to a fetched token fetches another once (it may have been revoked early).
        let mut reauthorized = false;
        let mut attempt = 0u32;
        loop {
            let attempt_timeout = match deadline {
                Some(deadline) => timeout.min(deadline.saturating_duration_since(Instant::now())),
                None => timeout,
            };
            let outcome = self.attempt(
                request,
                &url,
                &extra_headers,
                idempotency.as_deref().map(|k| (idempotency_header, k)),
                bearer.as_ref(),
                attempt_timeout,
            );
            #[cfg(feature = "tracing")]
            let outcome = {
                use tracing::Instrument;
                let span = tracing::info_span!(
                    "api_attempt",
                    attempt = attempt + 1,
                    status = tracing::field::Empty,
                    request_id = tracing::field::Empty,
                    elapsed_ms = tracing::field::Empty,
                );
                let attempt_started = Instant::now();
                let outcome = outcome.instrument(span.clone()).await;
                span.record("elapsed_ms", attempt_started.elapsed().as_millis() as u64);
                if let Attempt::Response(reply) = &outcome {
                    span.record("status", reply.status);
                    if let Some(id) = &reply.request_id() {
                        span.record(
                            "request_id",
                            tracing::field::display(crate::error::Escaped(id)),
                        );
                    }
                }
                outcome
            };
            #[cfg(not(feature = "tracing"))]
            let outcome = outcome.await;
            if let (Attempt::Response(reply), Some(source), Some(used)) =
                (&outcome, &inner.oauth, &bearer)
            {
                if reply.status == 401 && !reauthorized && source.invalidate(used).await {
                    reauthorized = true;
                    bearer = self.oauth_token().await?;
                    continue;
                }
            }
            let retry_delay = match &outcome {
                // A 429 means the request was refused before it was processed: always safe.
                Attempt::Response(reply) if reply.status == 429 => {
                    Some(retry_after(&reply.headers, inner.max_retry_after))
                }
                Attempt::Response(reply) if (500..600).contains(&reply.status) => {
                    retry_safe.then(|| retry_after(&reply.headers, inner.max_retry_after))
                }
                Attempt::Failed(_, retry) => match retry {
                    Retry::NotSent => Some(None),
                    Retry::MaybeSent => retry_safe.then_some(None),
                    Retry::Never => None,
                },
                Attempt::Response(_) => None,
            };
            if let Some(explicit) = retry_delay {
                if attempt < max_retries {
                    let delay = explicit.unwrap_or_else(|| {
                        backoff(inner.initial_backoff, inner.max_backoff, attempt)
                    });
                    // No retry that would start after the deadline.
                    let in_time = deadline.map_or(true, |d| Instant::now() + delay < d);
                    if in_time {
                        tokio::time::sleep(delay).await;
                        attempt += 1;
                        continue;
                    }
                }
            }
            return match outcome {
                Attempt::Failed(error, _) => Err(error),
                Attempt::Response(mut reply) if (200..300).contains(&reply.status) => {
                    reply.attempts = attempt + 1;
                    Ok(reply)
                }
                Attempt::Response(reply) => {
                    let error = ApiErrorBody::from_response(&reply.body);
                    let (body, cut) = body_prefix(&reply.body);
                    Err(Error::Api(Box::new(ApiError {
                        status: reply.status,
                        error,
                        body,
                        body_truncated: cut || reply.body_truncated,
                        request_id: reply.request_id(),
                    })))
                }
            };
        }
    }

    /// The reqwest request for `request`: client headers and query credentials, the call's
    /// extra headers, the request's own headers, query and body (no timeout; callers set one).
    /// The outer error is a header that cannot be sent; the inner one reqwest's (a bad URL).
    fn http_request(
        &self,
        request: &ApiRequest,
        url: &reqwest::Url,
        extra_headers: &reqwest::header::HeaderMap,
        idempotency: Option<(&str, &str)>,
        bearer: Option<&Secret>,
    ) -> Result<Result<reqwest::Request, reqwest::Error>, Error> {
        use reqwest::header::{HeaderName, HeaderValue, CONTENT_TYPE};
        let inner = &self.inner;
        let mut builder = inner.http.request(request.method.clone(), url.clone());
        if inner.prepared.query.is_empty() {
            if !request.query.is_empty() {
                builder = builder.query(&request.query);
            }
        } else {
            builder = builder.query(&request.query).query(&inner.prepared.query);
        }
        let multipart = matches!(request.body, Some(Body::Multipart(_)));
        match &request.body {
            Some(Body::Bytes(body, ..)) => builder = builder.body(body.clone()),
            // reqwest sets `multipart/form-data; boundary=...` itself.
            Some(Body::Multipart(parts)) => builder = builder.multipart(parts.to_form()?),
            None => {}
        }
        let mut http_request = match builder.build() {
            Ok(http_request) => http_request,
            Err(e) => return Ok(Err(e)),
        };
        let headers = http_request.headers_mut();
        // Set per request, so a caller-supplied `reqwest::Client` sends them too; inserted one
        // by one rather than by cloning the whole map.
        headers.reserve(inner.prepared.headers.len() + request.headers.len() + 2);
        for (name, value) in &inner.prepared.headers {
            headers.append(name.clone(), value.clone());
        }
        if let Some(token) = bearer {
            let Ok(mut value) = HeaderValue::from_str(&format!("Bearer {}", token.0)) else {
                return Err(Error::Auth(Box::new(crate::error::AuthError {
                    status: None,
                    code: None,
                    description: None,
                    message: "the access token is not a valid header value".into(),
                })));
            };
            value.set_sensitive(true);
            headers.insert(reqwest::header::AUTHORIZATION, value);
        }
        let mut has_content_type = false;
        for (name, value) in &request.headers {
            let is_content_type = name.eq_ignore_ascii_case("content-type");
            // A multipart Content-Type needs the boundary reqwest chooses; a fixed one would lose it.
            if multipart && is_content_type {
                continue;
            }
            has_content_type |= is_content_type;
            // A value the spec fixes (`Accept: application/json`) is used in place, not copied.
            let value = match value {
                std::borrow::Cow::Borrowed(value) if is_visible_ascii(value) => {
                    Ok(HeaderValue::from_static(value))
                }
                value => HeaderValue::from_str(value),
            };
            let (Ok(name), Ok(value)) = (HeaderName::from_bytes(name.as_bytes()), value) else {
                return Err(Error::InvalidRequest(format!(
                    "header `{name}` has a value that cannot be sent"
                )));
            };
            headers.append(name, value);
        }
        // The call's headers replace those of the same name.
        for name in extra_headers.keys() {
            headers.remove(name);
        }
        for (name, value) in extra_headers {
            headers.append(name.clone(), value.clone());
        }
        if let Some((name, key)) = idempotency {
            let (Ok(name), Ok(value)) = (
                HeaderName::from_bytes(name.as_bytes()),
                HeaderValue::from_str(key),
            ) else {
                return Err(Error::InvalidRequest(format!(
                    "idempotency header `{name}` cannot be sent"
                )));
            };
            headers.append(name, value);
        }
        if let Some(Body::Bytes(_, media_type, _)) = &request.body {
            if !has_content_type {
                let Ok(value) = HeaderValue::from_str(media_type) else {
                    return Err(Error::InvalidRequest(format!(
                        "media type `{media_type}` cannot be sent"
                    )));
                };
                headers.append(CONTENT_TYPE, value);
            }
        }
        Ok(Ok(http_request))
    }

    /// Sends the request and returns the response once its status is known, without reading
    /// the body (server-sent events arrive over minutes). Not retried, and no total timeout
    /// (the connect timeout applies): a stream has no end to wait for. A non-2xx answer is
    /// read (bounded) and returned as [`Error::Api`].
    #[allow(dead_code)]
    pub(crate) async fn send_streaming(
        &self,
        request: ApiRequest,
        options: &RequestOptions,
    ) -> Result<reqwest::Response, Error> {
        let inner = &self.inner;
        let request = request.with_extras()?;
        let url = self.url(&request.path);
        let extra_headers = header_map(&options.headers).map_err(|(name, what)| {
            Error::InvalidRequest(format!("header `{name}` has an invalid {what}"))
        })?;
        let bearer = self.oauth_token().await?;
        let sent = match self.http_request(&request, &url, &extra_headers, None, bearer.as_ref())? {
            Err(e) => Err(e),
            Ok(mut http_request) => match &inner.transport {
                Some(transport) => Ok(transport.respond(&http_request, request.sent())),
                None => {
                    // Lift the total timeout of a client built here (tokio caps the wait at
                    // its far future, decades away).
                    if inner.http_timeout.is_some() {
                        *http_request.timeout_mut() = Some(Duration::MAX);
                    }
                    inner.http.execute(http_request).await
                }
            },
        };
        let response = sent.map_err(|e| {
            let e = e.without_url();
            if e.is_timeout() {
                Error::Timeout(e)
            } else {
                Error::Transport(e)
            }
        })?;
        if response.status().is_success() {
            return Ok(response);
        }
        match read_response(response, inner.max_response_bytes).await {
            Attempt::Failed(error, _) => Err(error),
            Attempt::Response(reply) => {
                let error = ApiErrorBody::from_response(&reply.body);
                let (body, cut) = body_prefix(&reply.body);
                Err(Error::Api(Box::new(ApiError {
                    status: reply.status,
                    error,
                    body,
                    body_truncated: cut || reply.body_truncated,
                    request_id: reply.request_id(),
                })))
            }
        }
    }

    async fn attempt(
        &self,
        request: &ApiRequest,
        url: &reqwest::Url,
        extra_headers: &reqwest::header::HeaderMap,
        idempotency: Option<(&str, &str)>,
        bearer: Option<&Secret>,
        timeout: Duration,
    ) -> Attempt {
        let inner = &self.inner;
        let mut http_request =
            match self.http_request(request, url, extra_headers, idempotency, bearer) {
                Ok(Ok(http_request)) => http_request,
                Ok(Err(e)) => return transport_failure(e),
                Err(e) => return Attempt::Failed(e, Retry::Never),
            };
        // Set per request only when it differs from what `http` applies anyway (a per-call
        // timeout, a deadline's remainder, a caller-supplied `reqwest::Client`).
        if inner.http_timeout != Some(timeout) {
            *http_request.timeout_mut() = Some(timeout);
        }
        let response = match &inner.transport {
            Some(transport) => transport.respond(&http_request, request.sent()),
            None => match inner.http.execute(http_request).await {
                Ok(r) => r,
                Err(e) => return transport_failure(e),
            },
        };
        read_response(response, inner.max_response_bytes).await
    }
}

/// Whether `value` is visible ASCII (and tabs), what [`reqwest::header::HeaderValue::from_static`]
/// accepts without panicking.
fn is_visible_ascii(value: &str) -> bool {
    value
        .bytes()
        .all(|b| (b' '..=b'~').contains(&b) || b == b'\t')
}

/// Reads a response, its body bounded while it streams in: a 2xx body larger than `limit`
/// fails with [`Error::ResponseTooLarge`]; of other bodies the first [`ERROR_BODY_LIMIT`]
/// bytes are kept and the rest is not read.
async fn read_response(mut response: reqwest::Response, limit: u64) -> Attempt {
    let status = response.status().as_u16();
    let headers = std::mem::take(response.headers_mut());
    let success = (200..300).contains(&status);
    let cap = if success {
        limit
    } else {
        ERROR_BODY_LIMIT as u64
    };
    let too_large = |headers: &reqwest::header::HeaderMap| {
        Attempt::Failed(
            Error::ResponseTooLarge {
                status,
                limit,
                request_id: request_id_of(headers),
            },
            Retry::Never,
        )
    };
    let declared = response.content_length();
    if success && declared.is_some_and(|n| n > limit) {
        return too_large(&headers);
    }
    // The body chunk by chunk, each checked against the cap before it is kept. A body that
    // arrives in one chunk (a declared length the connection had buffered, the common case)
    // is kept as the connection delivered it, without a copy; later chunks are joined.
    let mut first: Option<bytes::Bytes> = None;
    let mut joined: Vec<u8> = Vec::new();
    let mut received: u64 = 0;
    let mut body_truncated = false;
    loop {
        let mut chunk = match response.chunk().await {
            Ok(Some(chunk)) => chunk,
            Ok(None) => break,
            Err(e) => return transport_failure(e),
        };
        let room = cap.saturating_sub(received);
        if chunk.len() as u64 > room {
            if success {
                return too_large(&headers);
            }
            chunk.truncate(room as usize);
            body_truncated = true;
        }
        received += chunk.len() as u64;
        if first.is_none() && joined.is_empty() {
            first = Some(chunk);
        } else {
            if let Some(first) = first.take() {
                // Room for what was announced (never more than the default cap at once).
                let expected = declared.unwrap_or(received).min(cap);
                joined.reserve(expected.min(DEFAULT_MAX_RESPONSE_BYTES) as usize);
                joined.extend_from_slice(&first);
            }
            joined.extend_from_slice(&chunk);
        }
        if body_truncated {
            break;
        }
    }
    Attempt::Response(Reply {
        status,
        headers,
        body: first.unwrap_or_else(|| joined.into()),
        body_truncated,
        attempts: 1,
    })
}

/// Classifies a reqwest failure; the URL is dropped so query credentials cannot leak.
fn transport_failure(error: reqwest::Error) -> Attempt {
    let connect = if error.is_connect() {
        Retry::NotSent
    } else if error.is_builder() {
        Retry::Never
    } else {
        Retry::MaybeSent
    };
    let error = error.without_url();
    if error.is_timeout() {
        // A connect timeout means the request never reached the server: retryable even
        // without an idempotency key, like any other connect error.
        Attempt::Failed(Error::Timeout(error), connect)
    } else {
        Attempt::Failed(Error::Transport(error), connect)
    }
}

/// `Retry-After` (delay in seconds or an HTTP date), capped; `None` when absent or unreadable.
pub(crate) fn retry_after(headers: &reqwest::header::HeaderMap, cap: Duration) -> Option<Duration> {
    let value = headers
        .get(reqwest::header::RETRY_AFTER)?
        .to_str()
        .ok()?
        .trim();
    let delay = match value.parse::<f64>() {
        Ok(seconds) if seconds.is_finite() && seconds >= 0.0 => {
            Duration::from_secs_f64(seconds.min(cap.as_secs_f64()))
        }
        Ok(_) => return None,
        Err(_) => {
            let at = parse_http_date(value)?;
            at.duration_since(std::time::SystemTime::now())
                .unwrap_or(Duration::ZERO)
        }
    };
    Some(delay.min(cap))
}

/// Parses an IMF-fixdate (`Sun, 06 Nov 1994 08:49:37 GMT`), the HTTP date format servers send.
pub(crate) fn parse_http_date(value: &str) -> Option<std::time::SystemTime> {
    let rest = value.split_once(", ")?.1;
    let mut parts = rest.split(' ');
    let day: u32 = parts.next()?.parse().ok()?;
    let month_name = parts.next()?;
    let month = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]
    .iter()
    .position(|m| *m == month_name)? as u32
        + 1;
    let year: i64 = parts.next()?.parse().ok()?;
    let mut clock = parts.next()?.split(':').map(|p| p.parse::<u32>().ok());
    let (hour, minute, second) = (clock.next()??, clock.next()??, clock.next()??);
    if parts.next()? != "GMT" || parts.next().is_some() || clock.next().is_some() {
        return None;
    }
    if !(1..=31).contains(&day) || hour > 23 || minute > 59 || second > 60 {
        return None;
    }
    // Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm).
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = i64::from((month + 9) % 12);
    let doy = (153 * mp + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    let secs = days * 86_400 + i64::from(hour * 3600 + minute * 60 + second);
    Some(std::time::UNIX_EPOCH + Duration::from_secs(u64::try_from(secs).ok()?))
}

/// Exponential backoff with jitter: `initial * 2^attempt`, capped, then scaled by 0.5..=1.
pub(crate) fn backoff(initial: Duration, max: Duration, attempt: u32) -> Duration {
    let exp = initial
        .saturating_mul(2u32.saturating_pow(attempt.min(16)))
        .min(max);
    exp.mul_f64(0.5 + fastrand::f64() * 0.5)
}
