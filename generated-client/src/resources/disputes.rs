// @generated from specs/ by `cargo xtask regenerate`.
// Do not edit by hand: change the spec (or the generator) and regenerate.

//! Operations on disputes.
/// Operations on disputes; get one with [`Client::disputes`](crate::Client::disputes).
#[derive(Debug, Clone)]
pub struct Disputes<'a> {
    client: &'a crate::Client,
    options: crate::RequestOptions,
}

impl crate::Client {
    /// Operations on disputes.
    pub fn disputes(&self) -> Disputes<'_> {
        Disputes {
            client: self,
            options: crate::RequestOptions::default(),
        }
    }
}

impl Disputes<'_> {
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
    /// Close a dispute
    ///
    /// `POST /v1/disputes/{id}/close`
    ///
    /// # Arguments
    ///
    /// - `id`: path parameter `id`.
    pub async fn close(&self, id: &str) -> Result<crate::types::Dispute, crate::Error> {
        let id_segment = crate::encoding::encode_path_segment(id)?;
        let mut request = crate::client::ApiRequest::new(
            reqwest::Method::POST,
            format!("/v1/disputes/{}/close", id_segment),
        );
        request.header("Accept", "application/json");
        request.header("Content-Type", "application/json");
        self.client.send::<crate::types::Dispute>(request, &self.options).await
    }
    /// List all disputes
    ///
    /// Returns a list of your disputes.
    ///
    /// `GET /v1/disputes/list`
    pub async fn list(
        &self,
        body: &crate::types::ListDisputes,
    ) -> Result<crate::types::ListDisputesResponse, crate::Error> {
        let mut request = crate::client::ApiRequest::new(
            reqwest::Method::GET,
            String::from("/v1/disputes/list"),
        );
        request.header("Accept", "application/json");
        request.header("Content-Type", "application/json");
        request.json_body(body, "application/json")?;
        self.client
            .send::<crate::types::ListDisputesResponse>(request, &self.options)
            .await
    }
    /// Every item of [`Self::list`], page after page: a lazy stream that requests the next page
    /// (with `starting_after` set to the last item's ID) only when the previous one is used up.
    pub fn list_all(
        &self,
        body: &crate::types::ListDisputes,
    ) -> impl futures_util::Stream<
        Item = Result<crate::types::Dispute, crate::Error>,
    > + Send + 'static {
        let client = self.client.clone();
        let options = self.options.clone();
        crate::pagination::paginate(
            body.clone(),
            move |state: crate::types::ListDisputes| {
                let client = client.clone();
                let options = options.clone();
                async move {
                    let body = state;
                    let page = Disputes {
                        client: &client,
                        options,
                    }
                        .list(&body)
                        .await?;
                    Ok((page.data, page.has_more))
                }
            },
            |state: &mut crate::types::ListDisputes, last: &crate::types::Dispute| {
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
    /// Retrieve a dispute
    ///
    /// Retrieves the dispute with the given ID.
    ///
    /// `GET /v1/disputes/{id}`
    ///
    /// # Arguments
    ///
    /// - `id`: ID of the dispute to retrieve.
    pub async fn retrieve(
        &self,
        id: &str,
    ) -> Result<crate::types::Dispute, crate::Error> {
        let id_segment = crate::encoding::encode_path_segment(id)?;
        let mut request = crate::client::ApiRequest::new(
            reqwest::Method::GET,
            format!("/v1/disputes/{}", id_segment),
        );
        request.header("Accept", "application/json");
        request.header("Content-Type", "application/json");
        self.client.send::<crate::types::Dispute>(request, &self.options).await
    }
    /// Update a dispute
    ///
    /// When you get a dispute, contacting your customer is always the best first step. If that doesn't work, you can submit evidence to help resolve the dispute in your favor.
    ///
    /// `POST /v1/disputes/{id}`
    ///
    /// # Arguments
    ///
    /// - `id`: ID of the dispute to update.
    pub async fn update(
        &self,
        id: &str,
        body: &crate::types::UpdateDispute,
    ) -> Result<crate::types::Dispute, crate::Error> {
        let id_segment = crate::encoding::encode_path_segment(id)?;
        let mut request = crate::client::ApiRequest::new(
            reqwest::Method::POST,
            format!("/v1/disputes/{}", id_segment),
        );
        request.header("Accept", "application/json");
        request.header("Content-Type", "application/json");
        request.json_body(body, "application/json")?;
        self.client.send::<crate::types::Dispute>(request, &self.options).await
    }
}
