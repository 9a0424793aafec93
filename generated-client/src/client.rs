// @generated from specs/ by `cargo xtask regenerate`.
// Do not edit by hand: change the spec (or the generator) and regenerate.

//! The HTTP client: configuration, authentication, retries, timeouts and decoding.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::encoding::{self, QueryStyle};
use crate::error::{ApiError, ApiErrorBody, DecodeError, Error};
use crate::multipart::Multipart;

/// A secret that never shows in `Debug` output.
#[derive(Clone)]
struct Secret(String);

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

/// Settings for one request or one resource handle, overriding the client's.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RequestOptions {
    /// Idempotency key to send (the same across retries); a fresh UUID is used when `None`.
    pub idempotency_key: Option<String>,
    /// Retries after the first attempt, instead of the client's setting.
    pub max_retries: Option<u32>,
    /// Total time for one attempt, instead of the client's setting.
    pub timeout: Option<Duration>,
}

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
            idempotency_header: "Idempotency-Key".into(),
            idempotency_keys: true,
            user_agent: format!(
                "{}/{} (rust)",
                env!("CARGO_PKG_NAME"),
                env!("CARGO_PKG_VERSION")
            ),
            http: None,
        }
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

    /// The header carrying idempotency keys where the spec declares none (default `Idempotency-Key`).
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

    /// Builds the client; fails on an invalid base URL or when TLS cannot be initialized.
    pub fn build(self) -> Result<Client, Error> {
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
        let http = match self.http {
            Some(http) => http,
            // Redirects are not followed: reqwest would turn a redirected POST into a GET
            // and the caller would get the GET's answer as the result of an update.
            None => reqwest::Client::builder()
                .redirect(reqwest::redirect::Policy::none())
                .connect_timeout(self.connect_timeout)
                .user_agent(self.user_agent.clone())
                .build()
                .map_err(|e| Error::Config(format!("cannot build the HTTP client: {e}")))?,
        };
        let prepared = Prepared::new(&self.credentials, &self.user_agent)?;
        Ok(Client {
            inner: Arc::new(Inner {
                http,
                base_url: base.as_str().trim_end_matches('/').to_owned(),
                prepared,
                timeout: self.timeout,
                max_retries: self.max_retries,
                initial_backoff: self.initial_backoff,
                max_backoff: self.max_backoff,
                max_retry_after: self.max_retry_after,
                idempotency_header: self.idempotency_header,
                idempotency_keys: self.idempotency_keys,
                user_agent: self.user_agent,
            }),
        })
    }
}

#[derive(Debug)]
struct Inner {
    http: reqwest::Client,
    base_url: String,
    /// `User-Agent` and credential headers, encoded once when the client is built.
    prepared: Prepared,
    timeout: Duration,
    max_retries: u32,
    initial_backoff: Duration,
    max_backoff: Duration,
    max_retry_after: Duration,
    idempotency_header: String,
    idempotency_keys: bool,
    user_agent: String,
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
fn base64(input: &[u8]) -> String {
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

/// One request, as built by a generated operation.
#[derive(Debug)]
pub(crate) struct ApiRequest {
    method: reqwest::Method,
    path: String,
    query: Vec<(String, String)>,
    headers: Vec<(String, String)>,
    body: Option<Body>,
    idempotency_header: Option<String>,
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
        }
    }

    /// A fixed header.
    pub(crate) fn header(&mut self, name: &str, value: &str) {
        self.headers.push((name.to_owned(), value.to_owned()));
    }

    /// A header parameter.
    pub(crate) fn header_param<T: Serialize + ?Sized>(
        &mut self,
        name: &str,
        value: &T,
    ) -> Result<(), Error> {
        if let Some(v) = encoding::header_value(value)? {
            self.headers.push((name.to_owned(), v));
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
        self.body = Some(Body::Bytes(bytes, media_type.to_owned()));
        Ok(())
    }

    /// A form body.
    pub(crate) fn form_body<T: Serialize + ?Sized>(&mut self, body: &T) -> Result<(), Error> {
        self.body = Some(Body::Bytes(
            encoding::form_body(body)?.into_bytes(),
            "application/x-www-form-urlencoded".into(),
        ));
        Ok(())
    }

    /// A `multipart/form-data` body.
    pub(crate) fn multipart_body(&mut self, body: Multipart) {
        self.body = Some(Body::Multipart(body));
    }

    /// The idempotency header the spec declares for this operation.
    pub(crate) fn idempotency_header(&mut self, name: &str) {
        self.idempotency_header = Some(name.to_owned());
    }
}

/// A request body: encoded bytes with their media type, or multipart parts (rebuilt for
/// every attempt, since a multipart stream can be sent only once).
#[derive(Debug)]
enum Body {
    Bytes(Vec<u8>, String),
    Multipart(Multipart),
}

/// What one attempt produced.
enum Attempt {
    Response {
        status: u16,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
    },
    Failed(Error, Retry),
}

/// Whether a failed attempt may be tried again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Retry {
    /// The request never left (connection refused, connect timeout): always retryable.
    NotSent,
    /// It may have reached the server (reset, timeout while waiting): retryable when the
    /// method is idempotent or the request carries an idempotency key.
    MaybeSent,
    /// The request cannot be built; trying again cannot help.
    Never,
}

impl Client {
    /// The base URL requests go to.
    pub fn base_url(&self) -> &str {
        &self.inner.base_url
    }

    /// The `User-Agent` sent with every request.
    pub fn user_agent(&self) -> &str {
        &self.inner.user_agent
    }

    pub(crate) async fn send<T: DeserializeOwned>(
        &self,
        request: ApiRequest,
        options: &RequestOptions,
    ) -> Result<T, Error> {
        let (status, body) = self.execute(request, options).await?;
        // The fast path; only a failure is decoded again to find where it failed.
        if let Ok(value) = serde_json::from_slice(&body) {
            return Ok(value);
        }
        let mut de = serde_json::Deserializer::from_slice(&body);
        serde_path_to_error::deserialize(&mut de).map_err(|e| {
            Error::Decode(Box::new(DecodeError {
                status,
                path: e.path().to_string(),
                message: e.inner().to_string(),
                body: String::from_utf8_lossy(&body).into_owned(),
            }))
        })
    }

    /// Sends the request and returns the raw response body (downloads: PDFs, CSVs, images).
    #[allow(dead_code)]
    pub(crate) async fn send_bytes(
        &self,
        request: ApiRequest,
        options: &RequestOptions,
    ) -> Result<Vec<u8>, Error> {
        self.execute(request, options).await.map(|(_, body)| body)
    }

    #[allow(dead_code)]
    pub(crate) async fn send_empty(
        &self,
        request: ApiRequest,
        options: &RequestOptions,
    ) -> Result<(), Error> {
        self.execute(request, options).await.map(|_| ())
    }

    async fn execute(
        &self,
        request: ApiRequest,
        options: &RequestOptions,
    ) -> Result<(u16, Vec<u8>), Error> {
        let inner = &self.inner;
        let url = format!("{}{}", inner.base_url, request.path);
        let safe_method = matches!(
            request.method.as_str(),
            "GET" | "HEAD" | "PUT" | "DELETE" | "OPTIONS" | "TRACE"
        );
        let idempotency = if safe_method {
            None
        } else {
            match (
                &options.idempotency_key,
                inner.idempotency_keys || request.idempotency_header.is_some(),
            ) {
                (Some(key), _) => Some(key.clone()),
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
        let mut attempt = 0u32;
        loop {
            let outcome = self
                .attempt(
                    &request,
                    &url,
                    idempotency.as_deref().map(|k| (idempotency_header, k)),
                    timeout,
                )
                .await;
            let retry_delay = match &outcome {
                // A 429 means the request was refused before it was processed: always safe.
                Attempt::Response {
                    status, headers, ..
                } if *status == 429 => Some(retry_after(headers, inner.max_retry_after)),
                Attempt::Response {
                    status, headers, ..
                } if (500..600).contains(status) => {
                    retry_safe.then(|| retry_after(headers, inner.max_retry_after))
                }
                Attempt::Failed(_, retry) => match retry {
                    Retry::NotSent => Some(None),
                    Retry::MaybeSent => retry_safe.then_some(None),
                    Retry::Never => None,
                },
                Attempt::Response { .. } => None,
            };
            if let Some(explicit) = retry_delay {
                if attempt < max_retries {
                    let delay = explicit.unwrap_or_else(|| {
                        backoff(inner.initial_backoff, inner.max_backoff, attempt)
                    });
                    tokio::time::sleep(delay).await;
                    attempt += 1;
                    continue;
                }
            }
            return match outcome {
                Attempt::Failed(error, _) => Err(error),
                Attempt::Response {
                    status,
                    headers,
                    body,
                } if (200..300).contains(&status) => {
                    let _ = headers;
                    Ok((status, body))
                }
                Attempt::Response {
                    status,
                    headers,
                    body,
                } => {
                    let text = String::from_utf8_lossy(&body).into_owned();
                    let error = ApiErrorBody::from_response(&body);
                    let request_id = ["request-id", "x-request-id"].iter().find_map(|h| {
                        headers
                            .get(*h)
                            .and_then(|v| v.to_str().ok())
                            .map(str::to_owned)
                    });
                    Err(Error::Api(Box::new(ApiError {
                        status,
                        error,
                        body: text,
                        request_id,
                    })))
                }
            };
        }
    }

    async fn attempt(
        &self,
        request: &ApiRequest,
        url: &str,
        idempotency: Option<(&str, &str)>,
        timeout: Duration,
    ) -> Attempt {
        let inner = &self.inner;
        // Set per request, so a caller-supplied `reqwest::Client` sends them too.
        let mut builder = inner
            .http
            .request(request.method.clone(), url)
            .timeout(timeout)
            .headers(inner.prepared.headers.clone());
        if inner.prepared.query.is_empty() {
            if !request.query.is_empty() {
                builder = builder.query(&request.query);
            }
        } else {
            builder = builder.query(&request.query).query(&inner.prepared.query);
        }
        let multipart = matches!(request.body, Some(Body::Multipart(_)));
        for (name, value) in &request.headers {
            // A multipart Content-Type needs the boundary reqwest chooses; a fixed one would lose it.
            if multipart && name.eq_ignore_ascii_case("content-type") {
                continue;
            }
            let (Ok(name), Ok(value)) = (
                reqwest::header::HeaderName::from_bytes(name.as_bytes()),
                reqwest::header::HeaderValue::from_str(value),
            ) else {
                return Attempt::Failed(
                    Error::InvalidRequest(format!(
                        "header `{name}` has a value that cannot be sent"
                    )),
                    Retry::Never,
                );
            };
            builder = builder.header(name, value);
        }
        if let Some((header, key)) = idempotency {
            builder = builder.header(header, key);
        }
        match &request.body {
            Some(Body::Bytes(body, media_type)) => {
                if !request
                    .headers
                    .iter()
                    .any(|(name, _)| name.eq_ignore_ascii_case("content-type"))
                {
                    builder = builder.header(reqwest::header::CONTENT_TYPE, media_type.as_str());
                }
                builder = builder.body(body.clone());
            }
            // reqwest sets `multipart/form-data; boundary=...` itself.
            Some(Body::Multipart(parts)) => match parts.to_form() {
                Ok(form) => builder = builder.multipart(form),
                Err(e) => return Attempt::Failed(e, Retry::Never),
            },
            None => {}
        }
        let response = match builder.send().await {
            Ok(r) => r,
            Err(e) => return transport_failure(e),
        };
        let mut response = response;
        let status = response.status().as_u16();
        let headers = std::mem::take(response.headers_mut());
        match response.bytes().await {
            Ok(body) => Attempt::Response {
                status,
                headers,
                body: Vec::from(body),
            },
            Err(e) => transport_failure(e),
        }
    }
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
fn retry_after(headers: &reqwest::header::HeaderMap, cap: Duration) -> Option<Duration> {
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
fn parse_http_date(value: &str) -> Option<std::time::SystemTime> {
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
fn backoff(initial: Duration, max: Duration, attempt: u32) -> Duration {
    let exp = initial
        .saturating_mul(2u32.saturating_pow(attempt.min(16)))
        .min(max);
    exp.mul_f64(0.5 + fastrand::f64() * 0.5)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_grows_and_is_capped() {
        let d = backoff(Duration::from_millis(100), Duration::from_secs(1), 0);
        assert!(d >= Duration::from_millis(50) && d <= Duration::from_millis(100));
        let d = backoff(Duration::from_millis(100), Duration::from_secs(1), 10);
        assert!(d >= Duration::from_millis(500) && d <= Duration::from_secs(1));
    }

    #[test]
    fn http_dates_parse() {
        let at = parse_http_date("Sun, 06 Nov 1994 08:49:37 GMT").unwrap();
        assert_eq!(
            at.duration_since(std::time::UNIX_EPOCH).unwrap().as_secs(),
            784_111_777
        );
        let at = parse_http_date("Thu, 29 Feb 2024 23:59:59 GMT").unwrap();
        assert_eq!(
            at.duration_since(std::time::UNIX_EPOCH).unwrap().as_secs(),
            1_709_251_199
        );
        assert!(parse_http_date("Sunday, 06-Nov-94 08:49:37 GMT").is_none());
        assert!(parse_http_date("Sun, 06 Nov 1994 08:49:37 CET").is_none());
        assert!(parse_http_date("soon").is_none());
    }

    #[test]
    fn retry_after_reads_seconds_and_dates_and_caps_them() {
        let mut headers = reqwest::header::HeaderMap::new();
        let cap = Duration::from_secs(60);
        headers.insert("retry-after", "2".parse().unwrap());
        assert_eq!(retry_after(&headers, cap), Some(Duration::from_secs(2)));
        headers.insert("retry-after", "3600".parse().unwrap());
        assert_eq!(retry_after(&headers, cap), Some(cap));
        headers.insert(
            "retry-after",
            "Sun, 06 Nov 1994 08:49:37 GMT".parse().unwrap(),
        );
        assert_eq!(
            retry_after(&headers, cap),
            Some(Duration::ZERO),
            "a past date means now"
        );
        headers.insert("retry-after", "-1".parse().unwrap());
        assert_eq!(retry_after(&headers, cap), None);
    }

    #[tokio::test]
    async fn a_request_that_cannot_be_built_is_not_retried() {
        let client = ClientBuilder::new(vec![], "http://127.0.0.1:9")
            .max_retries(3)
            .backoff(Duration::from_secs(5), Duration::from_secs(5))
            .build()
            .unwrap();
        let mut request = ApiRequest::new(reqwest::Method::GET, "/x".into());
        request.header("x-bad", "line\nbreak");
        let started = std::time::Instant::now();
        let error = client
            .send_empty(request, &RequestOptions::default())
            .await
            .unwrap_err();
        assert!(matches!(error, Error::InvalidRequest(_)), "{error:?}");
        assert!(
            started.elapsed() < Duration::from_secs(1),
            "retried with backoff: {:?}",
            started.elapsed()
        );
    }

    #[test]
    fn base64_matches_rfc_4648() {
        for (input, expected) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("sk_test_x:", "c2tfdGVzdF94Og=="),
        ] {
            assert_eq!(base64(input.as_bytes()), expected);
        }
    }

    #[test]
    fn secrets_are_redacted() {
        let c = Credential::basic("sk_test_secret");
        assert!(!format!("{c:?}").contains("sk_test_secret"));
    }
}
