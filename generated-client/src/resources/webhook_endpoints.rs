// @generated from specs/ by `cargo xtask regenerate`.
// Do not edit by hand: change the spec (or the generator) and regenerate.

//! Operations on webhook endpoints.
/// Operations on webhook endpoints; get one with [`Client::webhook_endpoints`](crate::Client::webhook_endpoints).
#[derive(Debug, Clone)]
pub struct WebhookEndpointsResource<'a> {
    client: &'a crate::Client,
    options: crate::RequestOptions,
}

impl crate::Client {
    /// Operations on webhook endpoints.
    pub fn webhook_endpoints(&self) -> WebhookEndpointsResource<'_> {
        WebhookEndpointsResource {
            client: self,
            options: crate::RequestOptions::default(),
        }
    }
}

impl<'a> WebhookEndpointsResource<'a> {
    /// Uses `options` (retries, timeouts, deadline, extra headers) for the calls made through
    /// this handle. Idempotency keys are set per call: [`Call::idempotency_key`](crate::Call::idempotency_key).
    pub fn with_options(mut self, options: crate::RequestOptions) -> Self {
        self.options = options;
        self
    }
    /// List All Webhooks
    ///
    /// Returns the webhook endpoints, one page at a time.
    ///
    /// `GET /v1/webhook_endpoints`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn run(client: wooshpay::Client) -> Result<(), wooshpay::Error> {
    /// let params = wooshpay::ListWebhooks::default();
    /// let _response = client.webhook_endpoints().list(&params).await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn list(
        &self,
        params: &crate::types::ListWebhooks,
    ) -> crate::Call<'a, crate::types::ListWebhooksResponse> {
        let request = crate::client::build_request(|| {
            let mut request = crate::client::ApiRequest::new(
                reqwest::Method::GET,
                String::from("/v1/webhook_endpoints"),
            );
            request.operation("webhook_endpoints.list", "/v1/webhook_endpoints");
            request.header("Accept", "application/json");
            request.header("Content-Type", "application/json");
            if let Some(value) = &params.ending_before {
                request
                    .query(
                        "ending_before",
                        value,
                        crate::encoding::QueryStyle::FormExplode,
                    )?;
            }
            if let Some(value) = &params.limit {
                request.query("limit", value, crate::encoding::QueryStyle::FormExplode)?;
            }
            if let Some(value) = &params.starting_after {
                request
                    .query(
                        "starting_after",
                        value,
                        crate::encoding::QueryStyle::FormExplode,
                    )?;
            }
            Ok(request)
        });
        crate::client::Call::new(
            self.client,
            request,
            &self.options,
            crate::client::decode_json::<crate::types::ListWebhooksResponse>,
        )
    }
    /// Every item of [`Self::list`], page after page: a lazy stream that requests the next page
    /// (with `starting_after` set to the last item's ID) only when the previous one is used up.
    /// A list whose cursor cycles, or that has more items after one without an ID, ends with
    /// [`Error::Pagination`](crate::Error::Pagination) instead of looping or stopping early.
    pub fn list_all(
        &self,
        params: &crate::types::ListWebhooks,
    ) -> crate::Pages<crate::types::WebhookEndpoint> {
        crate::Pages::new(
            self.client.clone(),
            self.options.clone(),
            (params.to_owned(),),
            |client, options, state| {
                let (params,) = state;
                WebhookEndpointsResource {
                    client,
                    options: options.clone(),
                }
                    .list(params)
            },
            |page| (page.data, page.has_more.unwrap_or(false)),
            |state, last| {
                state.0.starting_after = Some(last.id.clone());
                Some(last.id.clone())
            },
        )
    }
    /// Create a Webhook
    ///
    /// Registers a URL that WooshPay sends the chosen events to; the response carries the signing secret, once.
    ///
    /// `POST /v1/webhook_endpoints`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn run(client: wooshpay::Client) -> Result<(), wooshpay::Error> {
    /// let body = wooshpay::CreateWebhook {
    ///     description: Some("This is your description of the webhook".to_string()),
    ///     ..wooshpay::CreateWebhook::new(
    ///         "https://your_call_back_address.com",
    ///         vec![
    ///             "payment_intent.succeeded".to_string(), "payment_intent.payment_failed"
    ///             .to_string(), "charge.refund.updated".to_string()
    ///         ],
    ///     )
    /// };
    /// let _response = client.webhook_endpoints().create(&body).await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn create(
        &self,
        body: &crate::types::CreateWebhook,
    ) -> crate::Call<'a, crate::types::WebhookEndpoint> {
        let request = crate::client::build_request(|| {
            let mut request = crate::client::ApiRequest::new(
                reqwest::Method::POST,
                String::from("/v1/webhook_endpoints"),
            );
            request.operation("webhook_endpoints.create", "/v1/webhook_endpoints");
            request.header("Accept", "application/json");
            request.header("Content-Type", "application/json");
            request.json_body(body, "application/json")?;
            Ok(request)
        });
        crate::client::Call::new(
            self.client,
            request,
            &self.options,
            crate::client::decode_json::<crate::types::WebhookEndpoint>,
        )
    }
    /// Retrieve a Webhook
    ///
    /// Returns a webhook endpoint.
    ///
    /// `GET /v1/webhook_endpoints/{id}`
    ///
    /// # Arguments
    ///
    /// - `id`: ID of the webhook endpoint.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn run(client: wooshpay::Client) -> Result<(), wooshpay::Error> {
    /// let _response = client.webhook_endpoints().retrieve("...").await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn retrieve(&self, id: &str) -> crate::Call<'a, crate::types::WebhookEndpoint> {
        let request = crate::client::build_request(|| {
            let id_segment = crate::encoding::encode_path_segment(id)?;
            let mut request = crate::client::ApiRequest::new(
                reqwest::Method::GET,
                ["/v1/webhook_endpoints/", &*id_segment].concat(),
            );
            request
                .operation("webhook_endpoints.retrieve", "/v1/webhook_endpoints/{id}");
            request.header("Accept", "application/json");
            request.header("Content-Type", "application/json");
            Ok(request)
        });
        crate::client::Call::new(
            self.client,
            request,
            &self.options,
            crate::client::decode_json::<crate::types::WebhookEndpoint>,
        )
    }
}
