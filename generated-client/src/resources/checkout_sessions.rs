// @generated from specs/ by `cargo xtask regenerate`.
// Do not edit by hand: change the spec (or the generator) and regenerate.

//! Operations on checkout sessions.
/// Operations on checkout sessions; get one with [`Client::checkout_sessions`](crate::Client::checkout_sessions).
#[derive(Debug, Clone)]
pub struct CheckoutSessions<'a> {
    client: &'a crate::Client,
    options: crate::RequestOptions,
}

impl crate::Client {
    /// Operations on checkout sessions.
    pub fn checkout_sessions(&self) -> CheckoutSessions<'_> {
        CheckoutSessions {
            client: self,
            options: crate::RequestOptions::default(),
        }
    }
}

impl CheckoutSessions<'_> {
    /// Uses `options` (idempotency key, retries, timeout) for the requests made through this handle.
    pub fn with_options(mut self, options: crate::RequestOptions) -> Self {
        self.options = options;
        self
    }
    /// Sends `key` as the idempotency key, instead of a fresh key per request.
    pub fn idempotency_key(mut self, key: impl Into<String>) -> Self {
        self.options.idempotency_key = Some(key.into());
        self
    }
    /// Create a Session
    ///
    /// Creates a Checkout Session: a hosted payment page (its `url`) the customer is redirected to.
    ///
    /// `POST /v1/checkout/sessions`
    pub async fn create(
        &self,
        body: &crate::types::CreateSession,
    ) -> Result<crate::types::CheckoutSession, crate::Error> {
        let mut request = crate::client::ApiRequest::new(
            reqwest::Method::POST,
            String::from("/v1/checkout/sessions"),
        );
        request.header("Accept", "application/json");
        request.header("Content-Type", "application/json");
        request.json_body(body, "application/json")?;
        self.client.send::<crate::types::CheckoutSession>(request, &self.options).await
    }
    /// Expire a Session
    ///
    /// Expires an open Checkout Session, so it can no longer be paid.
    ///
    /// `POST /v1/checkout/sessions/{id}/expire`
    ///
    /// # Arguments
    ///
    /// - `id`: ID of the Checkout Session.
    pub async fn expire(
        &self,
        id: &str,
    ) -> Result<crate::types::CheckoutSession, crate::Error> {
        let id_segment = crate::encoding::encode_path_segment(id)?;
        let mut request = crate::client::ApiRequest::new(
            reqwest::Method::POST,
            format!("/v1/checkout/sessions/{}/expire", id_segment),
        );
        request.header("Accept", "application/json");
        request.header("Content-Type", "application/json");
        self.client.send::<crate::types::CheckoutSession>(request, &self.options).await
    }
    /// List All Checkout Sessions
    ///
    /// Returns Checkout Sessions, one page at a time.
    ///
    /// `GET /v1/checkout/sessions/list`
    pub async fn list(
        &self,
        body: &crate::types::ListCheckoutSessions,
    ) -> Result<crate::types::ListCheckoutSessionsResponse, crate::Error> {
        let mut request = crate::client::ApiRequest::new(
            reqwest::Method::GET,
            String::from("/v1/checkout/sessions/list"),
        );
        request.header("Accept", "application/json");
        request.header("Content-Type", "application/json");
        request.json_body(body, "application/json")?;
        self.client
            .send::<crate::types::ListCheckoutSessionsResponse>(request, &self.options)
            .await
    }
    /// Every item of [`Self::list`], page after page: a lazy stream that requests the next page
    /// (with `starting_after` set to the last item's ID) only when the previous one is used up.
    pub fn list_all(
        &self,
        body: &crate::types::ListCheckoutSessions,
    ) -> impl futures_util::Stream<
        Item = Result<crate::types::CheckoutSession, crate::Error>,
    > + Send + 'static {
        let client = self.client.clone();
        let options = self.options.clone();
        crate::pagination::paginate(
            body.clone(),
            move |state: crate::types::ListCheckoutSessions| {
                let client = client.clone();
                let options = options.clone();
                async move {
                    let body = state;
                    let page = CheckoutSessions {
                        client: &client,
                        options,
                    }
                        .list(&body)
                        .await?;
                    Ok((page.data.unwrap_or_default(), page.has_more.unwrap_or(false)))
                }
            },
            |
                state: &mut crate::types::ListCheckoutSessions,
                last: &crate::types::CheckoutSession|
            {
                match &last.id {
                    Some(id) => {
                        state.starting_after = Some(id.clone());
                        true
                    }
                    None => false,
                }
            },
        )
    }
    /// Retreive a Session
    ///
    /// Returns a Checkout Session.
    ///
    /// `GET /v1/checkout/sessions/{id}`
    ///
    /// # Arguments
    ///
    /// - `id`: ID of the Checkout Session.
    pub async fn retrieve(
        &self,
        id: &str,
    ) -> Result<crate::types::CheckoutSession, crate::Error> {
        let id_segment = crate::encoding::encode_path_segment(id)?;
        let mut request = crate::client::ApiRequest::new(
            reqwest::Method::GET,
            format!("/v1/checkout/sessions/{}", id_segment),
        );
        request.header("Accept", "application/json");
        request.header("Content-Type", "application/json");
        self.client.send::<crate::types::CheckoutSession>(request, &self.options).await
    }
}
