import { useCoreMutation } from './use-core-mutation';

/**
 * One named hook per change the user can make; each refetches the portfolio afterwards. Deletes,
 * which come with an undo, go through components/use-delete-with-undo.
 */
export const useCompleteWelcome = () => useCoreMutation('welcome-complete');
export const useSkipWelcome = () => useCoreMutation('welcome-skip');
export const useUpdateProfile = () => useCoreMutation('profile-update');
export const useSetIdentity = () => useCoreMutation('identity-set');
export const useUpdateSession = () => useCoreMutation('session-update');
export const useSetSessionFeedback = () => useCoreMutation('session-feedback-set');
export const useCreateAssignment = () => useCoreMutation('assignment-create');
export const useUpdateAssignment = () => useCoreMutation('assignment-update');
export const useCreateLogEntry = () => useCoreMutation('log-create');
export const useUpdateLogEntry = () => useCoreMutation('log-update');
export const useOpenSample = () => useCoreMutation('sample-open');
export const useCloseSample = () => useCoreMutation('sample-close');
export const useCreateReflection = () => useCoreMutation('reflection-create');
export const useUpdateReflection = () => useCoreMutation('reflection-update');
export const useUpdateArtifact = () => useCoreMutation('artifact-update');
