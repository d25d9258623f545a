/**
 * Every source ParcelTrail can read, listed explicitly: adding one is a folder and a line here
 * (see README.md in this folder). The order is the order `parceltrail sources` shows them in.
 */
import { cainiaoConnector } from "./cainiao/connector.ts";
import type { AnyConnector } from "./connector.ts";
import { dhlConnector } from "./dhl/connector.ts";
import { fedexConnector } from "./fedex/connector.ts";
import { laPosteConnector } from "./la-poste/connector.ts";
import { manualConnector } from "./manual/connector.ts";
import { seventeenTrackConnector } from "./seventeen-track/connector.ts";
import { upsConnector } from "./ups/connector.ts";
import { uspsConnector } from "./usps/connector.ts";

export const CONNECTORS: readonly AnyConnector[] = [
  cainiaoConnector,
  seventeenTrackConnector,
  dhlConnector,
  uspsConnector,
  upsConnector,
  fedexConnector,
  laPosteConnector,
  manualConnector,
];

export function connectorById(id: string): AnyConnector | undefined {
  return CONNECTORS.find((connector) => connector.id === id);
}
