//! What the Prism contract tests of each resource share: both Prisms (the normalized document
//! and the specs as written), clients of them, and failures that show Prism's log.

use std::time::Duration;

use wooshpay::{Client, ClientBuilder, Error};

use crate::prism::Prism;

/// Both Prisms, by name: the normalized document's, and the specs' as written.
pub fn both_prisms() -> [(&'static str, &'static Prism); 2] {
    [
        ("normalized", Prism::shared()),
        ("as written", Prism::shared_as_written()),
    ]
}

/// Which of the two `prism` is ("normalized" or "as written").
pub fn mode(prism: &Prism) -> &'static str {
    if std::ptr::eq(prism, Prism::shared()) {
        "normalized"
    } else {
        "as written"
    }
}

/// A client builder for `prism`, with short retries so a failure shows quickly.
pub fn builder(prism: &Prism) -> ClientBuilder {
    Client::builder("sk_test_x")
        .base_url(prism.base_url())
        .backoff(Duration::from_millis(10), Duration::from_millis(50))
        .timeout(Duration::from_secs(20))
}

/// A client of `prism`.
pub fn client(prism: &Prism) -> Client {
    builder(prism).build().expect("client builds")
}

/// A client asking Prism for responses generated from the schemas instead of the examples.
pub fn dynamic_client(prism: &Prism) -> Client {
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert(
        "prefer",
        reqwest::header::HeaderValue::from_static("dynamic=true"),
    );
    let http = reqwest::Client::builder()
        .default_headers(headers)
        .build()
        .expect("reqwest client builds");
    builder(prism)
        .http_client(http)
        .build()
        .expect("client builds")
}

/// Unwraps a call's result, failing with the error and Prism's log (which says what it
/// rejected and why).
pub fn ok<T>(result: Result<T, Error>, what: &str, prism: &Prism) -> T {
    match result {
        Ok(value) => value,
        Err(error) => panic!(
            "{what} ({}) failed: {error}\n{error:?}\n--- Prism's output:\n{}",
            mode(prism),
            prism.output()
        ),
    }
}

/// Like [`ok`] for a response the specs as written leave open: Apifox composes some response
/// schemas with `x-apifox-refs`, which Prism reads as an unconstrained object and answers with
/// `{}` when there is no example. There only the request is checked (Prism accepted it: 200)
/// and `None` stands for the response; the normalized document's Prism answers a whole one.
pub fn open_response<T>(result: Result<T, Error>, what: &str, prism: &Prism) -> Option<T> {
    match result {
        Err(Error::Decode(e))
            if mode(prism) == "as written" && e.status == 200 && e.body == "{}" =>
        {
            None
        }
        other => Some(ok(other, what, prism)),
    }
}

/// POSTs the JSON `body` to `path` with the test key and returns Prism's status and body.
pub async fn post_json(prism: &Prism, path: &str, body: &str) -> (u16, String) {
    let response = reqwest::Client::new()
        .post(format!("{}{path}", prism.base_url()))
        .basic_auth("sk_test_x", None::<&str>)
        .header("accept", "application/json")
        .header("content-type", "application/json")
        .body(body.to_owned())
        .send()
        .await
        .expect("Prism answers");
    let status = response.status().as_u16();
    (status, response.text().await.unwrap_or_default())
}
