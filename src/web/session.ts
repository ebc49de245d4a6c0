// Who is signed in, as one shared query, with the actions that change it.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type User } from './api/client';

export const ME = ['me'] as const;

export function useCurrentUser() {
  return useQuery({
    queryKey: ME,
    queryFn: () => api.currentUser(),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useSignIn(mode: 'login' | 'register') {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ email, password }: { email: string; password: string }) =>
      mode === 'login' ? api.login(email, password) : api.register(email, password),
    onSuccess: (user: User) => {
      queryClient.clear();
      queryClient.setQueryData(ME, user);
    },
  });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.logout(),
    onSettled: () => {
      queryClient.clear();
      queryClient.setQueryData(ME, null);
    },
  });
}
