/**
 * Stub modules for packages the bundle leaves out (see STUBS in build.mjs). Every export exists, so Codex
 * modules that import it load; reading properties gives more stubs; constructing one gives an inert stub
 * instance (some Codex modules build clients at load time); calling one throws a clear error naming the
 * package. Awaiting a stub is not possible (`then` is undefined).
 */
export function makeStub(name: string, reason: string): any {
	const fail = (what: string) => {
		throw new Error(`ts-host: "${what}" is stubbed (${reason})`)
	}
	const make = (label: string): any => {
		const target = function () {} as any
		return new Proxy(target, {
			get(_t, prop) {
				if (prop === "then" || prop === "__esModule") return undefined
				if (prop === Symbol.toPrimitive) return () => `[stub ${label}]`
				if (prop === "toString" || prop === Symbol.toStringTag) return () => `[stub ${label}]`
				if (typeof prop === "symbol") return undefined
				if (prop === "prototype") return target.prototype
				return make(`${label}.${prop}`)
			},
			apply() {
				return fail(`${label}()`)
			},
			construct() {
				return make(`new ${label}()`)
			},
		})
	}
	return make(name)
}
