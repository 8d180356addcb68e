// QR codes are drawn on the server as SVG (the `qrcode` library): no client script, crisp when printed.
import QRCode from "qrcode";

export function qrSvg(text: string, opts: { margin?: number } = {}): Promise<string> {
  return QRCode.toString(text, {
    type: "svg",
    errorCorrectionLevel: "M",
    margin: opts.margin ?? 2,
    color: { dark: "#000000", light: "#ffffff" },
  });
}

/**
 * What a station's printed QR codes (the 民情二维码 poster, the paper form) open: the station page marked as
 * reached by a scan, so an opinion started there is counted under the QR channel (扫码提交). The marker only
 * chooses the channel figure; nothing else trusts it.
 */
export const stationScanPath = (stationId: number) => `/stations/${stationId}?via=qr`;

/** The marker as read from an address: "qr" or nothing. */
export const scanMarker = (via: unknown): "qr" | undefined => (via === "qr" ? "qr" : undefined);
