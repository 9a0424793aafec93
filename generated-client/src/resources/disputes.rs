// @generated from specs/ by `cargo xtask regenerate`.
// Do not edit by hand: change the spec (or the generator) and regenerate.

//! Operations on disputes.
/// Operations on disputes; get one with [`Client::disputes`](crate::Client::disputes).
#[derive(Debug, Clone)]
pub struct DisputesResource<'a> {
    client: &'a crate::Client,
    options: crate::RequestOptions,
}

impl crate::Client {
    /// Operations on disputes.
    pub fn disputes(&self) -> DisputesResource<'_> {
        DisputesResource {
            client: self,
            options: crate::RequestOptions::default(),
        }
    }
}

impl<'a> DisputesResource<'a> {
    /// Uses `options` (retries, timeouts, deadline, extra headers) for the calls made through
    /// this handle. Idempotency keys are set per call: [`Call::idempotency_key`](crate::Call::idempotency_key).
    pub fn with_options(mut self, options: crate::RequestOptions) -> Self {
        self.options = options;
        self
    }
    /// Close a dispute
    ///
    /// `POST /v1/disputes/{id}/close`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn run(client: wooshpay::Client) -> Result<(), wooshpay::Error> {
    /// let _response = client.disputes().close("...").await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn close(&self, id: &str) -> crate::Call<'a, crate::types::Dispute> {
        let request = crate::client::build_request(|| {
            let id_segment = crate::encoding::encode_path_segment(id)?;
            let mut request = crate::client::ApiRequest::new(
                reqwest::Method::POST,
                ["/v1/disputes/", &*id_segment, "/close"].concat(),
            );
            request.operation("disputes.close", "/v1/disputes/{id}/close");
            request.header("Accept", "application/json");
            request.header("Content-Type", "application/json");
            Ok(request)
        });
        crate::client::Call::new(
            self.client,
            request,
            &self.options,
            crate::client::decode_json::<crate::types::Dispute>,
        )
    }
    /// List all disputes
    ///
    /// Returns a list of your disputes.
    ///
    /// `GET /v1/disputes/list`
    ///
    /// Sends the filters as a JSON body and as query parameters: each member of the body
    /// is a parameter too, nested values bracketed (`name=value&object[key]=value`, extra
    /// fields included), so a server or proxy that drops the body of a `GET` still gets them.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn run(client: wooshpay::Client) -> Result<(), wooshpay::Error> {
    /// let body = wooshpay::ListDisputes {
    ///     limit: Some(3),
    ///     ..Default::default()
    /// };
    /// let _response = client.disputes().list(&body).await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn list(
        &self,
        body: &crate::types::ListDisputes,
    ) -> crate::Call<'a, crate::types::ListDisputesResponse> {
        let request = crate::client::build_request(|| {
            let mut request = crate::client::ApiRequest::new(
                reqwest::Method::GET,
                String::from("/v1/disputes/list"),
            );
            request.operation("disputes.list", "/v1/disputes/list");
            request.header("Accept", "application/json");
            request.header("Content-Type", "application/json");
            request.json_body(body, "application/json")?;
            request.body_also_as_query();
            Ok(request)
        });
        crate::client::Call::new(
            self.client,
            request,
            &self.options,
            crate::client::decode_json::<crate::types::ListDisputesResponse>,
        )
    }
    /// Every item of [`Self::list`], page after page: a lazy stream that requests the next page
    /// (with `starting_after` set to the last item's ID,
    /// in the body and in the query) only when the previous one is used up.
    /// A list whose cursor cycles, or that has more items after one without an ID, ends with
    /// [`Error::Pagination`](crate::Error::Pagination) instead of looping or stopping early.
    pub fn list_all(
        &self,
        body: &crate::types::ListDisputes,
    ) -> crate::Pages<crate::types::Dispute> {
        crate::Pages::new(
            self.client.clone(),
            self.options.clone(),
            (body.to_owned(),),
            |client, options, state| {
                let (body,) = state;
                DisputesResource {
                    client,
                    options: options.clone(),
                }
                    .list(body)
            },
            |page| (page.data, page.has_more),
            |state, last| {
                state.0.starting_after = Some(last.id.clone());
                Some(last.id.clone())
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
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn run(client: wooshpay::Client) -> Result<(), wooshpay::Error> {
    /// let _response = client.disputes().retrieve("...").await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn retrieve(&self, id: &str) -> crate::Call<'a, crate::types::Dispute> {
        let request = crate::client::build_request(|| {
            let id_segment = crate::encoding::encode_path_segment(id)?;
            let mut request = crate::client::ApiRequest::new(
                reqwest::Method::GET,
                ["/v1/disputes/", &*id_segment].concat(),
            );
            request.operation("disputes.retrieve", "/v1/disputes/{id}");
            request.header("Accept", "application/json");
            request.header("Content-Type", "application/json");
            Ok(request)
        });
        crate::client::Call::new(
            self.client,
            request,
            &self.options,
            crate::client::decode_json::<crate::types::Dispute>,
        )
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
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn run(client: wooshpay::Client) -> Result<(), wooshpay::Error> {
    /// let body = wooshpay::UpdateDispute {
    ///     evidence: Some(wooshpay::DisputeEvidence {
    ///         access_activity_log: Some("string".to_string()),
    ///         billing_address: Some("string".to_string()),
    ///         cancellation_policy: Some("string".to_string()),
    ///         cancellation_policy_disclosure: Some("string".to_string()),
    ///         cancellation_rebuttal: Some("string".to_string()),
    ///         customer_communication: Some("string".to_string()),
    ///         customer_email_address: Some("string".to_string()),
    ///         customer_name: Some("string".to_string()),
    ///         customer_purchase_ip: Some("string".to_string()),
    ///         customer_signature: Some("string".to_string()),
    ///         duplicate_charge_documentation: Some("string".to_string()),
    ///         duplicate_charge_explanation: Some("string".to_string()),
    ///         duplicate_charge_id: Some("string".to_string()),
    ///         product_description: Some("string".to_string()),
    ///         receipt: Some("string".to_string()),
    ///         refund_policy: Some("string".to_string()),
    ///         refund_policy_disclosure: Some("string".to_string()),
    ///         refund_refusal_explanation: Some("string".to_string()),
    ///         service_date: Some("string".to_string()),
    ///         service_documentation: Some("string".to_string()),
    ///         shipping_address: Some("string".to_string()),
    ///         shipping_carrier: Some("string".to_string()),
    ///         shipping_date: Some("string".to_string()),
    ///         shipping_documentation: Some("string".to_string()),
    ///         shipping_tracking_number: Some("string".to_string()),
    ///         uncategorized_file: Some("string".to_string()),
    ///         uncategorized_text: Some("string".to_string()),
    ///         ..Default::default()
    ///     }),
    ///     submit: Some(true),
    ///     ..Default::default()
    /// };
    /// let _response = client.disputes().update("...", &body).await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn update(
        &self,
        id: &str,
        body: &crate::types::UpdateDispute,
    ) -> crate::Call<'a, crate::types::Dispute> {
        let request = crate::client::build_request(|| {
            let id_segment = crate::encoding::encode_path_segment(id)?;
            let mut request = crate::client::ApiRequest::new(
                reqwest::Method::POST,
                ["/v1/disputes/", &*id_segment].concat(),
            );
            request.operation("disputes.update", "/v1/disputes/{id}");
            request.header("Accept", "application/json");
            request.header("Content-Type", "application/json");
            request.json_body(body, "application/json")?;
            Ok(request)
        });
        crate::client::Call::new(
            self.client,
            request,
            &self.options,
            crate::client::decode_json::<crate::types::Dispute>,
        )
    }
}
