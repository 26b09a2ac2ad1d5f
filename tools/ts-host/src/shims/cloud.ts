/**
 * Stand-in for `@roo-code/cloud` (the npm package talks to Roo Code Cloud): no cloud session exists,
 * as in an extension whose user never signed in.
 */
export class CloudService {
	static hasInstance(): boolean {
		return false
	}
	static isEnabled(): boolean {
		return false
	}
	static get instance(): never {
		throw new Error("CloudService not initialized")
	}
	static async createInstance(): Promise<never> {
		throw new Error("CloudService is not available in the ts-host")
	}
}

export class ExtensionBridgeService {
	static getInstance(): null {
		return null
	}
}

export const getRooCodeApiUrl = () => "https://app.roocode.com"
export const ORGANIZATION_ALLOW_ALL = { allowAll: true, providers: {} }
