/**
 * Stand-in for `@roo-code/telemetry` (packages/telemetry): the real one sends events to PostHog.
 * `TelemetryService.instance` accepts every capture call and does nothing.
 */
const inert: any = new Proxy(
	{},
	{
		get(_t, prop) {
			if (prop === "then" || typeof prop === "symbol") return undefined
			if (prop === "isTelemetryEnabled") return () => false
			return () => undefined
		},
	},
)

export class TelemetryService {
	static get instance(): any {
		return inert
	}
	static hasInstance(): boolean {
		return true
	}
	static createInstance(_clients?: unknown[]): any {
		return inert
	}
}

export class BaseTelemetryClient {}
export class PostHogTelemetryClient extends BaseTelemetryClient {}
