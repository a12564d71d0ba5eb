/**
 * For `medusa exec`: nothing to do once the app has booted. Tests use it to
 * start the app a second time on their database and see what a start does.
 */
export default async function appBoot() {}
