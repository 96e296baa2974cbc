
      export type PossibleTypesResultData = {
  "possibleTypes": {
    "Action": [
      "ConnectAction",
      "HangupAction",
      "PlayAction",
      "SleepAction",
      "TalkAction"
    ],
    "Node": [
      "AccessKey",
      "Call",
      "Campaign",
      "CampaignCall",
      "Customer",
      "Outdial",
      "OutdialTarget",
      "Outplan",
      "User",
      "Webhook",
      "WebhookDelivery"
    ]
  }
};
      const result: PossibleTypesResultData = {
  "possibleTypes": {
    "Action": [
      "ConnectAction",
      "HangupAction",
      "PlayAction",
      "SleepAction",
      "TalkAction"
    ],
    "Node": [
      "AccessKey",
      "Call",
      "Campaign",
      "CampaignCall",
      "Customer",
      "Outdial",
      "OutdialTarget",
      "Outplan",
      "User",
      "Webhook",
      "WebhookDelivery"
    ]
  }
};
      export default result;
    